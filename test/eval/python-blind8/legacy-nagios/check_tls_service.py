#!/usr/bin/env python
"""Nagios plugin for the 2.7-only monitoring hosts."""
import os
import smtplib
import socket
import ssl
import sys

os.environ["PYTHONHTTPSVERIFY"] = "0"

OK, WARNING, CRITICAL = 0, 1, 2


def check_sslv3(host, port):
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(
        sock,
        ssl_version=ssl.PROTOCOL_SSLv3,
    )
    tls.close()
    return OK


def check_smtps(host):
    server = smtplib.SMTP_SSL(host, 465, timeout=10)
    server.noop()
    server.quit()
    return OK


if __name__ == "__main__":
    code = check_sslv3(sys.argv[1], int(sys.argv[2]))
    sys.exit(code)
