#!/usr/bin/env python3
"""Upload finished reports to the regulator's portal and to the vendor archive."""
import os
import ssl
import sys
from pathlib import Path

import httpx
import requests
from pydantic import BaseModel

REQUEST_OPTS = {
    "timeout": 60,
    "verify": False,
    "headers": {"User-Agent": "report-uploader/2.1"},
}

SAFE_OPTS = dict(timeout=60, verify="/etc/ssl/certs/regulator-ca.pem")


class ArchiveTarget(BaseModel):
    url: str = "https://archive.vendor.example.com/upload"
    verify_tls: bool = False
    token: str = ""


def upload_to_regulator(path: Path):
    with path.open("rb") as fh:
        r = requests.put(
            "https://portal.regulator.example.gov/reports/" + path.name,
            data=fh,
            **SAFE_OPTS,
        )
    r.raise_for_status()


def upload_to_mirror(path: Path):
    with path.open("rb") as fh:
        r = requests.post("https://mirror.reports.example.com/in", files={"f": fh}, **REQUEST_OPTS)
    return r.status_code


def upload_to_archive(path: Path, target: ArchiveTarget = ArchiveTarget()):
    with httpx.Client(verify=target.verify_tls, headers={"Authorization": target.token}) as client:
        return client.post(target.url, content=path.read_bytes()).status_code


def upload_with_env_toggle(path: Path):
    verify = os.environ.get("UPLOAD_VERIFY", "true").lower() != "false"
    return httpx.post("https://intake.example.com/r", content=path.read_bytes(), verify=verify).status_code


def upload_strict(path: Path):
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    return httpx.post("https://intake.example.com/r", content=path.read_bytes(), verify=ctx).status_code


if __name__ == "__main__":
    for p in sys.argv[1:]:
        upload_to_regulator(Path(p))
