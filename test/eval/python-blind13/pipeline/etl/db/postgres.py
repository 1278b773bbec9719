import os

import psycopg
import psycopg2
import psycopg2.extras

from ..config import REPORTING_DSN, WarehouseConfig


def warehouse_conn(cfg: WarehouseConfig):
    return psycopg2.connect(host=cfg.host, port=cfg.port, dbname=cfg.dbname, user=cfg.user, password=os.environ["DW_PASSWORD"], sslmode=cfg.sslmode, sslrootcert=cfg.sslrootcert)


def reporting_conn():
    return psycopg2.connect(REPORTING_DSN, password=os.environ["REPORTING_PASSWORD"])


def legacy_orders_conn():
    return psycopg2.connect("host=orders-legacy.analytics.example.com dbname=orders user=etl sslmode=require")


def replica_conn():
    return psycopg.connect("postgresql://etl@dw-replica.analytics.example.com:5432/warehouse?sslmode=verify-ca&sslrootcert=/etc/ssl/certs/dw-ca.pem")


def staging_conn():
    return psycopg2.connect(host=os.environ["STAGING_DB_HOST"], dbname="staging", user="etl", sslmode="prefer")


def scratch_conn():
    return psycopg2.connect(host="localhost", dbname="scratch", user="etl", sslmode="disable")


def socket_conn():
    return psycopg2.connect(host="/var/run/postgresql", dbname="scratch", sslmode="disable")


def dict_cursor(conn):
    return conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
