"""Runtime settings for the wire ingest, read once at import."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class WireSettings:
    agency_base: str = "https://feeds.agency-wire.example.com/v3"
    wire_ca: str = "/etc/ssl/certs/agency-wire-ca.pem"
    verify_tls: bool = False
    photo_verify: bool = True
    timeout: float = 20.0
    desks: list[str] = field(default_factory=lambda: ["politics", "sport", "business"])


@dataclass
class ArchiveSettings:
    base_url: str = "https://archive.newsroom.example.org"
    verify_archive: bool = False


settings = WireSettings()
archive_settings = ArchiveSettings(verify_archive=os.getenv("ARCHIVE_VERIFY", "1") == "1")
