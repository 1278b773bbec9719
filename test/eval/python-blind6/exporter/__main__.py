"""Entry point: python -m exporter --config targets.yml"""
import argparse
import os
import ssl

import requests
from prometheus_client import start_http_server

from .collector import Collector
from .targets import load_targets


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="acme-exporter")
    p.add_argument("--config", default="/etc/acme-exporter/targets.yml")
    p.add_argument("--listen", type=int, default=9877)
    p.add_argument("--insecure", action="store_true", help="do not verify the push gateway's certificate")
    p.add_argument("--tls-keylog", help="write TLS session keys here (debugging only)")
    return p.parse_args(argv)


def push_heartbeat(args):
    verify = not args.insecure
    requests.post("https://pushgw.monitoring.acme-corp.net/metrics/job/acme-exporter", data="up 1\n", verify=verify, timeout=5)


def tls_context_for_listener(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def main(argv=None):
    args = parse_args(argv)
    if args.tls_keylog:
        os.environ["SSLKEYLOGFILE"] = args.tls_keylog
    targets, ups = load_targets(args.config)
    Collector(targets, ups)
    start_http_server(args.listen)
    push_heartbeat(args)


if __name__ == "__main__":
    main()
