"""Venue configuration loaded from the environment."""
import os
from dataclasses import dataclass, field


@dataclass
class VenueConfig:
    name: str
    host: str
    port: int = 9443
    dr_ip: str = ""
    md_host: str = ""
    md_port: int = 9444
    ca_file: str = "/etc/fixgw/venue-ca.pem"
    client_cert: str = ""
    client_key: str = ""
    server_cert: str = "/etc/fixgw/dropcopy.pem"
    server_key: str = "/etc/fixgw/dropcopy.key"
    timeout: float = 10.0
    tags: dict = field(default_factory=dict)


def from_env(prefix="FIXGW_"):
    return VenueConfig(
        name=os.environ[prefix + "VENUE"],
        host=os.environ[prefix + "HOST"],
        port=int(os.environ.get(prefix + "PORT", "9443")),
        dr_ip=os.environ.get(prefix + "DR_IP", ""),
        client_cert=os.environ.get(prefix + "CERT", ""),
        client_key=os.environ.get(prefix + "KEY", ""),
    )
