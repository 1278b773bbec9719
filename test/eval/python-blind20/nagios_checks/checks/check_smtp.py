#!/usr/bin/env python3
import argparse
import smtplib
import ssl
import time

from . import CRITICAL, OK, WARNING, nagios_exit


def check_submission(host, user, password):
    start = time.monotonic()
    with smtplib.SMTP(host, 587, timeout=15) as s:
        s.ehlo()
        if s.has_extn("starttls"):
            s.starttls(context=ssl.create_default_context())
            s.ehlo()
        s.login(user, password)
    return time.monotonic() - start


def check_smtps(host, user, password):
    with smtplib.SMTP_SSL(host, 465, timeout=15) as s:
        s.login(user, password)
        return s.noop()[0]


def check_relay(host):
    """Port 25 relay: no auth, just the banner."""
    with smtplib.SMTP(host, 25, timeout=15) as s:
        return s.ehlo()[0]


def check_local_postfix(password):
    with smtplib.SMTP("localhost", 587) as s:
        s.login("nagios", password)
        return s.noop()[0]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("-H", "--host", required=True)
    p.add_argument("-u", "--user")
    p.add_argument("-P", "--password")
    p.add_argument("--smtps", action="store_true")
    args = p.parse_args(argv)
    try:
        if args.smtps:
            check_smtps(args.host, args.user, args.password)
            nagios_exit(OK, "smtps login ok")
        elapsed = check_submission(args.host, args.user, args.password)
    except (smtplib.SMTPException, OSError) as exc:
        nagios_exit(CRITICAL, str(exc))
    nagios_exit(WARNING if elapsed > 5 else OK, f"login in {elapsed:.2f}s", f"time={elapsed:.3f}s")
