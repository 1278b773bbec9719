"""A minimal stand-in for Airflow's BaseHook, so the provider can be tested without Airflow."""
import json
import os
from dataclasses import dataclass, field


@dataclass
class Connection:
    host: str
    login: str = ""
    password: str = ""
    port: int = 0
    schema: str = ""
    extra: str = "{}"
    extra_dejson: dict = field(default_factory=dict)


class BaseHook:
    def __init__(self, logger_name=None):
        self.logger_name = logger_name

    @staticmethod
    def get_connection(conn_id):
        raw = json.loads(os.environ[f"AIRFLOW_CONN_{conn_id.upper()}"])
        return Connection(**raw)
