import configparser
from dataclasses import dataclass
from typing import Optional


@dataclass
class OutputConfig:
    kind: str
    hosts: str
    username: Optional[str] = None
    password: Optional[str] = None
    ca_certs: Optional[str] = None
    verify_certs: bool = True


def load_outputs(path):
    cp = configparser.ConfigParser()
    cp.read(path)
    return [
        OutputConfig(kind=cp[s]["kind"], hosts=cp[s]["hosts"], username=cp[s].get("username"), password=cp[s].get("password"), ca_certs=cp[s].get("ca_certs"), verify_certs=cp[s].getboolean("verify_certs", fallback=True))
        for s in cp.sections()
    ]
