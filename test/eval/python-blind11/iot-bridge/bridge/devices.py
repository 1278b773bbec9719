import ssl
from dataclasses import dataclass
from typing import Optional


@dataclass
class DeviceProfile:
    name: str
    host: str
    port: int = 8883
    tls_version: int = ssl.PROTOCOL_TLS_CLIENT
    ciphers: Optional[str] = None
    ca_certs: str = "/etc/bridge/ca.pem"


PROFILES = {
    "gateway-v3": DeviceProfile("gateway-v3", "mqtt.iot.example.com"),
    "meter-v1": DeviceProfile("meter-v1", "meters.iot.example.com", tls_version=ssl.PROTOCOL_TLSv1),
    "hvac": DeviceProfile("hvac", "hvac.iot.example.com", ciphers="ECDHE+AESGCM:!aNULL"),
}
