#!/usr/bin/env python3
import ftplib
import io
import ssl

from . import CRITICAL, OK, nagios_exit


def check_ftps(host, user, password):
    ctx = ssl.create_default_context()
    ftps = ftplib.FTP_TLS(host, context=ctx, timeout=20)
    ftps.login(user, password)
    ftps.prot_p()
    names = ftps.nlst()
    ftps.quit()
    return len(names)


def check_ftps_legacy(host, user, password):
    ftps = ftplib.FTP_TLS(host, timeout=20)
    ftps.login(user, password)
    buf = io.BytesIO()
    ftps.retrbinary("RETR /health/canary.txt", buf.write)
    ftps.quit()
    return buf.getvalue()


def check_anonymous_mirror(host):
    ftp = ftplib.FTP(host, timeout=20)
    ftp.login()
    return ftp.nlst("/pub")


def main(host, user, password):
    try:
        n = check_ftps(host, user, password)
    except ftplib.all_errors as exc:
        nagios_exit(CRITICAL, str(exc))
    nagios_exit(OK, f"{n} entries")
