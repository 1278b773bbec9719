import json
import os
from dataclasses import dataclass, field
from typing import Any, Dict, Optional


@dataclass
class Connection:
    conn_id: str
    host: str = ""
    port: Optional[int] = None
    login: str = ""
    password: str = ""
    schema: str = ""
    extra: str = "{}"
    extra_dejson: Dict[str, Any] = field(init=False)

    def __post_init__(self):
        self.extra_dejson = json.loads(self.extra or "{}")


class BaseHook:
    conn_name_attr = "conn_id"
    default_conn_name = "default"

    @classmethod
    def get_connection(cls, conn_id: str) -> Connection:
        raw = json.loads(os.environ[f"AIRHOOKS_CONN_{conn_id.upper()}"])
        return Connection(conn_id=conn_id, **raw)
