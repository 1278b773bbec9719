import logging

from .clients import events_consumer, mongo
from .db import warehouse_conn
from .search_sink import ArchiveSink, AuditSink

log = logging.getLogger(__name__)


def run_archive(hosts):
    sink = ArchiveSink(hosts)
    consumer = events_consumer("archive")
    batch = []
    for message in consumer:
        batch.append(message.value)
        if len(batch) >= 500:
            sink.write(batch)
            batch.clear()


def run_audit(hosts):
    sink = AuditSink(hosts)
    docs = list(mongo.audit.events.find({"synced": False}).limit(1000))
    sink.write(docs)
    with warehouse_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM audit_events")
        log.info("warehouse has %s audit rows", cur.fetchone()[0])
