import configparser
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class DeviceConfig:
    name: str
    host: str
    username: str
    password: str
    platform: str = "fortios"
    port: int = 443
    ca_bundle: Optional[str] = None
    timeout: float = 10.0
    extra: dict = field(default_factory=dict)

    def requests_kwargs(self):
        kwargs = {"timeout": self.timeout}
        if self.ca_bundle:
            kwargs["verify"] = self.ca_bundle
        return kwargs


def load_inventory(path):
    parser = configparser.ConfigParser()
    parser.read(path)
    devices = []
    for section in parser.sections():
        cfg = parser[section]
        devices.append(
            DeviceConfig(
                name=section,
                host=cfg["host"],
                username=cfg.get("username", "admin"),
                password=cfg.get("password", ""),
                platform=cfg.get("platform", "fortios"),
                ca_bundle=cfg.get("ca_bundle"),
            )
        )
    return devices
