import argparse
import socket
import ssl
import sys

from .config import FtpConfig, MailConfig


def build_context(insecure: bool) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def check_smtp(host: str, port: int, ctx: ssl.SSLContext) -> str:
    with socket.create_connection((host, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version() or "?"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="mailbot")
    parser.add_argument("command", choices=["check", "send", "upload"])
    parser.add_argument("--insecure", action="store_true", help="skip certificate checks (test relays only)")
    args = parser.parse_args(argv)
    ctx = build_context(args.insecure)
    if args.command == "check":
        cfg = MailConfig()
        print(check_smtp(cfg.host, cfg.port, ctx))
        return 0
    if args.command == "upload":
        from pathlib import Path

        from .ftp_upload import upload_report

        upload_report(Path("out/daily.csv"), FtpConfig())
        return 0
    print("not implemented", file=sys.stderr)
    return 2
