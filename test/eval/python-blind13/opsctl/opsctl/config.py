"""Configuration loading for opsctl.

Values come from ~/.config/opsctl/opsctl.ini, then opsctl.toml in the working
directory, then OPSCTL_* environment variables.
"""
import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

DEFAULT_INI = Path.home() / ".config" / "opsctl" / "opsctl.ini"


@dataclass
class HttpSettings:
    base_url: str = "https://ops-api.platform.example.com"
    ca_bundle: str = "/etc/ssl/certs/platform-ca.pem"
    timeout: float = 15.0
    verify: bool = True
    extra_headers: dict = field(default_factory=dict)


def load_ini(path=DEFAULT_INI):
    parser = configparser.ConfigParser()
    parser.read(path)
    settings = HttpSettings()
    if parser.has_section("http"):
        settings.base_url = parser.get("http", "base_url", fallback=settings.base_url)
        settings.ca_bundle = parser.get("http", "ca_bundle", fallback=settings.ca_bundle)
        settings.verify = parser.getboolean("http", "verify", fallback=True)
    return settings


def load_toml(path="opsctl.toml"):
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def verify_setting(settings: HttpSettings):
    """Return what requests should get as `verify`: the CA bundle, or False when
    the operator switched verification off in opsctl.ini (verify = no)."""
    if not settings.verify:
        return False
    return settings.ca_bundle
