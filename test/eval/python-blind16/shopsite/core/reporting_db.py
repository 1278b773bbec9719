import os

import psycopg2
import psycopg2.extras


def replica_connection():
    return psycopg2.connect(
        host="analytics-replica.prod.example.com",
        dbname="shop",
        user=os.environ["REPORT_USER"],
        password=os.environ["REPORT_PASSWORD"],
        sslmode="verify-ca",
        sslrootcert="/etc/ssl/certs/rds-ca-2019-root.pem",
    )


def local_socket_connection():
    return psycopg2.connect(host="/var/run/postgresql", dbname="shop", sslmode="disable")


def sales_by_day(conn):
    with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
        cur.execute("SELECT day, SUM(total) FROM orders GROUP BY day ORDER BY day")
        return cur.fetchall()
