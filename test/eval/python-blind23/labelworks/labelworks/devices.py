"""Thermal printers and scales on the packing lines, plus trade news."""
import nntplib
import os
import smtplib
import socket
import ssl

DEVICE_CA = "/etc/labelworks/device-ca.pem"


def printer_context() -> ssl.SSLContext:
    ctx = ssl._create_unverified_context()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(DEVICE_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:!aNULL:!eNULL:!RC4:!3DES:!MD5")
    ctx.set_ecdh_curve("prime256v1")
    ctx.keylog_filename = None
    return ctx


def scale_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=DEVICE_CA)
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx


def open_printer(host: str) -> ssl.SSLSocket:
    raw = socket.create_connection((host, 9443))
    return printer_context().wrap_socket(raw, server_hostname=host)


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.maximum_version == ssl.TLSVersion.TLSv1_1:
        return "capped at TLS 1.1"
    return "ok"


def silence_keylog() -> None:
    os.environ["SSLKEYLOGFILE"] = "/dev/null"


def trade_news_headers(group: str) -> list:
    with nntplib.NNTP_SSL("news.print-trade.example.org") as news:
        _, _, first, last, _ = news.group(group)
        _, overviews = news.over((last - 10, last))
        return overviews


def packing_line_alert(msg, password: str) -> None:
    with smtplib.SMTP("localhost", 1025) as relay:
        relay.login("packing", password)
        relay.send_message(msg)
