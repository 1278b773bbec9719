"""Reference genome downloads."""
import ftplib
import os
import ssl
import urllib.request

NCBI_HOST = "ftp.ncbi.nlm.nih.gov"
PARTNER_HOST = "ftp.sequencing-partner.example.com"


def fetch_reference(path, dest):
    ftp = ftplib.FTP(NCBI_HOST)
    ftp.login()
    with open(dest, "wb") as fh:
        ftp.retrbinary("RETR " + path, fh.write)
    ftp.quit()


def fetch_partner_run(run_id, dest):
    ftp = ftplib.FTP(PARTNER_HOST, timeout=60)
    ftp.login(user="seqlab", passwd=os.environ["PARTNER_FTP_PASS"])
    with open(dest, "wb") as fh:
        ftp.retrbinary(f"RETR runs/{run_id}.tar", fh.write)


def push_results(local, remote):
    ctx = ssl.create_default_context()
    ftps = ftplib.FTP_TLS(PARTNER_HOST, context=ctx)
    ftps.login("seqlab", os.environ["PARTNER_FTP_PASS"])
    with open(local, "rb") as fh:
        ftps.storbinary("STOR " + remote, fh)
    ftps.quit()


def push_results_secure(local, remote):
    ftps = ftplib.FTP_TLS(PARTNER_HOST)
    ftps.login("seqlab", os.environ["PARTNER_FTP_PASS"])
    ftps.prot_p()
    with open(local, "rb") as fh:
        ftps.storbinary("STOR " + remote, fh)


def fetch_annotation(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()


def fetch_annotation_pinned(url):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/ssl/ensembl-ca.pem")
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
