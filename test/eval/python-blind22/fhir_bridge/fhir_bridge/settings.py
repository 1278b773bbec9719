"""Runtime settings for the FHIR bridge.

Never ship verify=False for the production upstream; use ca_bundle instead.
"""
import os
from dataclasses import dataclass, field


def _env_flag(name: str, default: str = "1") -> bool:
    return os.getenv(name, default).lower() not in ("0", "false", "no")


@dataclass
class UpstreamSettings:
    base_url: str = "https://fhir.stmarys.example/r4"
    verify: object = True
    timeout: float = 15.0


@dataclass
class VendorSandboxSettings(UpstreamSettings):
    base_url: str = "https://sandbox.ehr-vendor.example/fhir"
    verify: object = False


@dataclass
class LabSettings(UpstreamSettings):
    base_url: str = "https://lis.stmarys.example/fhir"
    verify: object = "/etc/fhir-bridge/lis-ca.pem"


@dataclass
class BridgeSettings:
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    sandbox: VendorSandboxSettings = field(default_factory=VendorSandboxSettings)
    lab: LabSettings = field(default_factory=LabSettings)
    audit_verify: bool = field(default_factory=lambda: _env_flag("FHIR_AUDIT_VERIFY"))


settings = BridgeSettings()
