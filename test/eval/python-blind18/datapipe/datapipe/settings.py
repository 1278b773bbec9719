import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WarehouseConfig:
    host: str = os.environ.get("WAREHOUSE_HOST", "warehouse.analytics.example.com")
    port: int = 5432
    database: str = "analytics"
    user: str = "etl"
    password: str = os.environ.get("WAREHOUSE_PASSWORD", "")
    sslmode: str = "require"


@dataclass(frozen=True)
class LakeConfig:
    host: str = "lake-db.analytics.example.com"
    sslmode: str = "verify-full"
    sslrootcert: str = "/etc/ssl/certs/lake-ca.pem"


WAREHOUSE = WarehouseConfig()
LAKE = LakeConfig()
