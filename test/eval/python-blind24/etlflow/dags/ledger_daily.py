from datetime import datetime

from etlflow.hooks.base import Connection
from etlflow.hooks.vendors import FxRatesHook, LedgerApiHook
from etlflow.hooks.warehouse import warehouse_engine

DEFAULT_ARGS = {"owner": "finance-data", "retries": 2, "verify": True}


def extract_ledger(ds):
    hook = LedgerApiHook(Connection("sandbox.ledger-vendor.example.com"))
    return hook.run("v2/postings", date=ds)


def extract_fx(ds):
    hook = FxRatesHook(Connection("api.fx-vendor.example.com"))
    return hook.run("rates", date=ds)


def load(rows):
    eng = warehouse_engine()
    with eng.begin() as conn:
        conn.exec_driver_sql("select 1")


SCHEDULE = {"dag_id": "ledger_daily", "start_date": datetime(2024, 1, 1), "schedule": "@daily"}
