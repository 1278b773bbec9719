"""Scrape targets, loaded from targets.yml."""
from dataclasses import dataclass, field
from typing import Optional

import yaml


@dataclass
class Target:
    name: str
    url: str
    kind: str = "pdu"
    ca_bundle: Optional[str] = None
    verify_tls: bool = True
    labels: dict = field(default_factory=dict)


@dataclass
class UpsTarget:
    name: str
    url: str
    verify_tls: bool = True


def load_targets(path):
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    return [Target(**entry) for entry in raw.get("pdus", [])], [UpsTarget(**entry) for entry in raw.get("ups", [])]
