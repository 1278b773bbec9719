import argparse
import sys

from . import deploy, health, tls_probe
from .settings import load_config


def build_parser():
    p = argparse.ArgumentParser(prog="opsctl", description="Internal operations helper")
    p.add_argument("--insecure", action="store_true", help="skip TLS verification (lab only)")
    p.add_argument("--config", default="~/.opsctl.ini")
    sub = p.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("health")
    h.add_argument("url")
    d = sub.add_parser("deploy")
    d.add_argument("service")
    d.add_argument("--tag", default="latest")
    t = sub.add_parser("probe")
    t.add_argument("host")
    t.add_argument("--port", type=int, default=443)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    cfg = load_config(args.config)
    if args.cmd == "health":
        ok = health.run(args.url, insecure=args.insecure)
    elif args.cmd == "deploy":
        ok = deploy.trigger(cfg, args.service, args.tag)
    else:
        ok = tls_probe.probe(args.host, args.port, insecure=args.insecure)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
