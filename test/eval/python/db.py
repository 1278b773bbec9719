import os

import psycopg2
from sqlalchemy import create_engine

DB_HOST = "orders-db.prod.example.com"


def connect():
    return psycopg2.connect(
        host=DB_HOST,
        dbname="orders",
        user="orders_app",
        password=os.environ["PGPASSWORD"],
        sslmode="prefer",  # expect: no-plaintext-downgrade
    )


def connect_local():
    return psycopg2.connect("host=localhost dbname=orders sslmode=disable")


def reporting_engine():
    return create_engine(
        "postgresql+psycopg2://report:secret@reporting.example.com:5432/dw?sslmode=disable"  # expect: no-plaintext-downgrade
    )


def secure_engine():
    return create_engine(
        "postgresql+psycopg2://app@db.example.com/app",
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca.pem"},
    )
