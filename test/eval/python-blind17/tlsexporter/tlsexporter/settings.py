import configparser
import os
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class Target:
    name: str
    url: str
    ca_file: Optional[str] = None
    timeout: float = 5.0


@dataclass
class ExporterConfig:
    listen_port: int = 9712
    targets: List[Target] = None
    scrape_interval: int = 60


def load(path=None):
    path = path or os.environ.get("TLSEXPORTER_CONFIG", "/etc/tlsexporter.ini")
    cp = configparser.ConfigParser()
    cp.read(path)
    targets = [Target(name=s, url=cp[s]["url"], ca_file=cp[s].get("ca_file")) for s in cp.sections() if s != "exporter"]
    port = cp.getint("exporter", "listen_port", fallback=9712)
    return ExporterConfig(listen_port=port, targets=targets)
