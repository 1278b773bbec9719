from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class ClientConfig:
    base_url: str
    timeout: float = 10.0
    retries: int = 3
    # True, False or a path to a CA bundle, exactly like requests' verify=
    verify: Union[bool, str] = True
    ca_bundle: Optional[str] = None
    proxies: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, prefix: str) -> "ClientConfig":
        return cls(
            base_url=os.environ[f"{prefix}_URL"],
            ca_bundle=os.environ.get(f"{prefix}_CA_BUNDLE"),
            retries=int(os.environ.get(f"{prefix}_RETRIES", "3")),
        )
