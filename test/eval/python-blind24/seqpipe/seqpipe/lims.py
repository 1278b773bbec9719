import os

import psycopg2

LIMS_HOST = "lims-db.lab.example.org"

DSN_TEMPLATE = "host={host} dbname=lims user=pipeline sslmode={mode}"


def lims_conn():
    return psycopg2.connect(host=LIMS_HOST, dbname="lims", user="pipeline", password=os.environ["LIMS_PW"], sslmode="prefer")


def lims_ro_conn():
    dsn = DSN_TEMPLATE.format(host="lims-ro.lab.example.org", mode="require")
    return psycopg2.connect(dsn)


def lims_local_conn():
    return psycopg2.connect(dbname="lims", user="pipeline", sslmode="disable")


def lims_verified_conn():
    return psycopg2.connect(f"host={LIMS_HOST} dbname=lims sslmode=verify-full sslrootcert=/etc/ssl/lims-ca.pem")


def lims_ca_only_conn():
    return psycopg2.connect(f"host={LIMS_HOST} dbname=lims sslmode=verify-ca sslrootcert=/etc/ssl/lims-ca.pem")
