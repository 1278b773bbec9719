import os

import psycopg
import psycopg2

DB_HOST = os.environ.get("WAREHOUSE_HOST", "warehouse.example.com")

ETL_DSN = "host={host} dbname=etl user=etl sslmode={mode}".format(host=DB_HOST, mode="prefer")
LEDGER_DSN = "host=ledger-db.example.com dbname=ledger user=ingest sslmode=verify-full sslrootcert=/etc/ingest/ledger-ca.pem"


def etl_connection():
    return psycopg2.connect(ETL_DSN, password=os.environ["ETL_PASSWORD"])


def ledger_connection():
    return psycopg.connect(LEDGER_DSN)


def local_connection():
    return psycopg.connect("host=127.0.0.1 dbname=ingest_scratch sslmode=disable")


def audit_connection():
    return psycopg.connect(host="audit-db.example.com", dbname="audit", sslmode="disable")
