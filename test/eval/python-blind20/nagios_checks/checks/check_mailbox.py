#!/usr/bin/env python3
"""IMAP and POP3 mailbox checks (queue depth of the helpdesk mailbox)."""
import imaplib
import poplib
import ssl

from . import CRITICAL, OK, WARNING, nagios_exit

CTX = ssl.create_default_context(cafile="/etc/nagios/ca/mail-ca.pem")


def imap_count(host, user, password, verified=True):
    if verified:
        conn = imaplib.IMAP4_SSL(host, 993, ssl_context=CTX)
    else:
        conn = imaplib.IMAP4_SSL(host, 993)
    conn.login(user, password)
    typ, data = conn.select("INBOX", readonly=True)
    conn.logout()
    return int(data[0])


def imap_starttls_count(host, user, password):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls(ssl_context=CTX)
    conn.login(user, password)
    typ, data = conn.select("INBOX", readonly=True)
    return int(data[0])


def imap_plain_count(host, user, password):
    conn = imaplib.IMAP4(host, 143)
    conn.login(user, password)
    typ, data = conn.select("INBOX", readonly=True)
    return int(data[0])


def pop_count(host, user, password):
    box = poplib.POP3_SSL(host, 995, context=CTX)
    box.user(user)
    box.pass_(password)
    return box.stat()[0]


def pop_legacy_count(host, user, password):
    box = poplib.POP3(host, 110, timeout=10)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.stat()[0]


def pop_cleartext_count(host, user, password):
    box = poplib.POP3(host, 110, timeout=10)
    box.user(user)
    box.pass_(password)
    return box.stat()[0]


def main(host, user, password, warn=50, crit=200):
    n = imap_count(host, user, password)
    code = CRITICAL if n >= crit else WARNING if n >= warn else OK
    nagios_exit(code, f"{n} messages", f"messages={n};{warn};{crit}")
