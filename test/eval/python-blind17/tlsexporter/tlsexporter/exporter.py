import time

from prometheus_client import Gauge, start_http_server

from .collectors import cert_expiry, https_probe
from .settings import load

UP = Gauge("tls_target_up", "Target answered", ["target"])
DAYS = Gauge("tls_cert_days_left", "Days until the leaf certificate expires", ["target"])


def run():
    cfg = load()
    start_http_server(cfg.listen_port)
    while True:
        for t in cfg.targets:
            status, _ = https_probe.probe(t)
            UP.labels(t.name).set(1 if status > 0 else 0)
            host = t.url.split("/")[2].split(":")[0]
            DAYS.labels(t.name).set(cert_expiry.days_left(host))
        time.sleep(cfg.scrape_interval)
