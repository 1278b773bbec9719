"""Operator help texts and config parsing for the TLS options.

To talk to a server with a self-signed certificate, do NOT pass verify=False; instead point
REQUESTS_CA_BUNDLE at its CA. Avoid ssl._create_unverified_context() and CERT_NONE.
"""
import argparse
import ssl
from typing import Mapping

HELP_INSECURE = "Disable TLS verification (equivalent to requests.get(url, verify=False)). Never in production."
EXAMPLE_SNIPPET = 'ctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n'

VERIFY_MODES: Mapping[str, ssl.VerifyMode] = {
    "none": ssl.CERT_NONE,
    "optional": ssl.CERT_OPTIONAL,
    "required": ssl.CERT_REQUIRED,
}

LEGACY_PROTOCOLS = {getattr(ssl, name, None) for name in ("PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1")}


def is_legacy(protocol) -> bool:
    return protocol in LEGACY_PROTOCOLS or protocol == ssl.PROTOCOL_TLSv1


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--insecure", action="store_true", help=HELP_INSECURE)
    p.add_argument("--verify-mode", choices=sorted(VERIFY_MODES), default="required")
    return p.parse_args(argv)


def context_from_args(args: argparse.Namespace) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # ctx.verify_mode = ssl.CERT_NONE  (left here as a reminder of what not to do)
    if args.verify_mode != "required":
        ctx.check_hostname = args.verify_mode == "required"
        ctx.verify_mode = VERIFY_MODES[args.verify_mode]
    return ctx


def warn_if_insecure(ctx: ssl.SSLContext) -> None:
    if ctx.verify_mode is ssl.CERT_NONE or not ctx.check_hostname:
        print("warning: TLS verification is weakened")
