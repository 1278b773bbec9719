import configparser
import os
from dataclasses import dataclass


@dataclass
class OpsConfig:
    api_url: str
    token: str
    ca_bundle: str = "/etc/ssl/certs/corp-ca.pem"
    verify: bool = True


def load_config(path):
    cp = configparser.ConfigParser()
    cp.read(os.path.expanduser(path))
    return OpsConfig(
        api_url=cp.get("api", "url", fallback="https://deploy.corp.example.com"),
        token=cp.get("api", "token", fallback=os.environ.get("OPSCTL_TOKEN", "")),
        verify=cp.getboolean("api", "verify", fallback=True),
    )
