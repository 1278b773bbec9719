import os
from dataclasses import dataclass, field


@dataclass
class InstrumentConfig:
    name: str
    base_url: str
    verify: bool = True
    ca_file: str = "/etc/labsync/lab-ca.pem"


@dataclass
class SyncConfig:
    lims_url: str = "https://lims.lab.example.org/api"
    lake_bucket: str = "s3://lab-lake/raw"
    instruments: list = field(default_factory=list)
    tls_verify: bool = os.environ.get("LABSYNC_TLS_VERIFY", "1") == "1"


CONFIG = SyncConfig(
    instruments=[
        InstrumentConfig("plate-reader-1", "https://plate1.lab.example.org"),
        InstrumentConfig("sequencer-a", "https://seq-a.lab.example.org", ca_file="/etc/labsync/seq-ca.pem"),
    ]
)
