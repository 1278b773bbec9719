"""Load /etc/vaultkeeper/config.yaml."""
import os
from dataclasses import dataclass
from typing import Optional

import yaml


@dataclass
class S3Target:
    bucket: str
    endpoint_url: Optional[str] = None
    region: str = "eu-central-1"
    ca_bundle: Optional[str] = None
    verify: bool = True


@dataclass
class FtpsTarget:
    host: str
    user: str
    password: str
    directory: str = "/backups"


def load(path=None):
    path = path or os.environ.get("VAULTKEEPER_CONFIG", "/etc/vaultkeeper/config.yaml")
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    s3 = [S3Target(**t) for t in raw.get("s3", [])]
    ftps = [FtpsTarget(**t) for t in raw.get("ftps", [])]
    return s3, ftps
