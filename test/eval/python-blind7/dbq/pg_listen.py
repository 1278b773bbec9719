import select

import psycopg

CONNINFO = "host={host} port=5432 dbname=jobs user=worker sslmode={mode}"


def listen(host):
    conninfo = CONNINFO.format(host=host, mode="require")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("LISTEN jobs")
        for notify in conn.notifies():
            yield notify.payload


def listen_unix():
    with psycopg.connect("host=/var/run/postgresql dbname=jobs sslmode=disable", autocommit=True) as conn:
        conn.execute("LISTEN jobs")
        select.select([conn.fileno()], [], [], 5)
