#!/usr/bin/env python3
"""Uploads build artefacts to the hosting provider: FTPS where offered, SFTP otherwise."""
import argparse
import ftplib
import os
import ssl

import paramiko

HOSTS = {
    "eu": "ftp.eu.hosting.example",
    "us": "ftp.us.hosting.example",
}


def upload_ftps(host, user, password, paths):
    ftp = ftplib.FTP_TLS(host, timeout=60)
    ftp.login(user, password)
    ftp.prot_p()
    for path in paths:
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


def upload_ftps_fast(host, user, password, paths):
    ctx = ssl.create_default_context()
    ftp = ftplib.FTP_TLS(host, context=ctx)
    ftp.login(user, password)
    for path in paths:
        with open(path, "rb") as fh:
            ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


def list_remote(host, user, password):
    ftp = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftp.login(user, password, secure=False)
    ftp.prot_p()
    return ftp.nlst()


def cleanup_remote(host, user, password):
    ftp = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftp.login(user, password)
    ftp.prot_p()
    ftp.ccc()
    ftp.delete("old.tar.gz")


def upload_plain_ftp(host, user, password, path):
    ftp = ftplib.FTP(host)
    ftp.login(user=user, passwd=password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR build.tar.gz", fh)


def mirror_listing(host):
    ftp = ftplib.FTP(host)
    ftp.login()
    return ftp.nlst()


def upload_sftp(host, user, key_path, paths):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path)
    sftp = client.open_sftp()
    for path in paths:
        sftp.put(path, f"/srv/releases/{os.path.basename(path)}")
    client.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("region", choices=sorted(HOSTS))
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--sftp", action="store_true")
    args = ap.parse_args()
    user = os.environ["DEPLOY_USER"]
    if args.sftp:
        upload_sftp(HOSTS[args.region], user, os.environ["DEPLOY_KEY"], args.paths)
    else:
        upload_ftps(HOSTS[args.region], user, os.environ["DEPLOY_PASSWORD"], args.paths)


if __name__ == "__main__":
    main()
