#!/usr/bin/env python3
"""Upload the end-of-day settlement files to the bank's FTPS drop box."""
import argparse
import ftplib
import os
import ssl
from pathlib import Path

BANK_HOST = "ftps.bank.example.com"


def tls_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/bank-ca.pem")
    return ctx


def upload_verified(files):
    ftps = ftplib.FTP_TLS(BANK_HOST, context=tls_context(), timeout=30)
    ftps.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"])
    ftps.prot_p()
    for path in files:
        with open(path, "rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def upload_legacy(files, host):
    ftps = ftplib.FTP_TLS(host, timeout=30)
    ftps.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"])
    for path in files:
        with open(path, "rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def upload_plain_login(files):
    ftps = ftplib.FTP_TLS(context=tls_context())
    ftps.connect("ftps-old.bank.example.com", 21)
    ftps.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"], secure=False)
    ftps.prot_p()
    for path in files:
        with open(path, "rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)
    ftps.quit()


def list_archive():
    ftp = ftplib.FTP("archive.bank.example.com")
    ftp.login("settlements", os.environ["ARCHIVE_FTP_PASSWORD"])
    names = ftp.nlst()
    ftp.quit()
    return names


def mirror_public():
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login()
    return ftp.nlst("/gnu")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--legacy-host")
    args = parser.parse_args()
    if args.legacy_host:
        upload_legacy(args.files, args.legacy_host)
    else:
        upload_verified(args.files)


if __name__ == "__main__":
    main()
