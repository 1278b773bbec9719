"""Entry point of the nightly job (cron: 15 2 * * *)."""
import argparse
import logging

from etl import cache, db, mongo, search


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    src = mongo.atlas_client()
    dst = mongo.onprem_client()
    if not args.dry_run:
        mongo.copy_events(src, dst, args.since)
    with db.warehouse_conn() as conn, conn.cursor() as cur:
        cur.execute("CALL refresh_marts()")
    cache.verified_store().set("etl:last_run", args.since)
    search.bulk_index(search.archive_client(), "events-archive", [])


if __name__ == "__main__":
    main()
