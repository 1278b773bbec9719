import ssl
from dataclasses import dataclass

from pydantic_settings import BaseSettings


@dataclass
class MQTTSettings:
    host: str = "mqtt.telemetry.example.com"
    port: int = 8883
    ca_certs: str = "/etc/ssl/certs/mqtt-ca.pem"
    tls_version: int = ssl.PROTOCOL_TLS_CLIENT
    insecure: bool = False


@dataclass
class MeterGatewaySettings(MQTTSettings):
    """Field gateways from 2016: firmware stuck on TLS 1.1."""

    host: str = "meters.telemetry.example.com"
    tls_version: int = ssl.PROTOCOL_TLSv1_1


class IngestSettings(BaseSettings):
    url: str = "https://ingest.telemetry.example.com"
    verify_ssl: bool = True
    ca_file: str | None = None
