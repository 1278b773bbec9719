from functools import lru_cache
from typing import Optional

import httpx
import requests
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env")

    api_base: str = "https://api.vendor.example.com"
    api_token: str = ""
    verify_ssl: bool = True
    ca_bundle: Optional[str] = None
    timeout: float = Field(10.0, ge=0.5)


@lru_cache
def get_settings() -> Settings:
    return Settings()


def vendor_client() -> httpx.Client:
    s = get_settings()
    return httpx.Client(
        base_url=s.api_base,
        headers={"Authorization": f"Bearer {s.api_token}"},
        verify=s.ca_bundle or s.verify_ssl,
        timeout=s.timeout,
    )


class LegacyVendorSettings(BaseSettings):
    base: str = "https://legacy.vendor.example.com"
    verify: bool = False


def legacy_session() -> requests.Session:
    cfg = LegacyVendorSettings()
    session = requests.Session()
    session.verify = cfg.verify
    return session


def report(path: str) -> bytes:
    s = get_settings()
    r = requests.get(f"{s.api_base}/reports/{path}", verify=s.ca_bundle or True, timeout=s.timeout)
    r.raise_for_status()
    return r.content
