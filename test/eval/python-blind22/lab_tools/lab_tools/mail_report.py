"""Nightly run summaries mailed to PIs; pulls instrument exports from the core's FTP."""
import ftplib
import imaplib
import poplib
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.lab-university.example"


class Mailer:
    def __init__(self, host: str = SMTP_HOST, port: int = 587):
        self.conn = smtplib.SMTP(host, port)

    def login(self, user: str, password: str) -> None:
        self.conn.login(user, password)

    def send(self, msg: EmailMessage) -> None:
        self.conn.send_message(msg)


def send_opportunistic(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.ehlo()
        if s.has_extn("starttls"):
            s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)


def send_ok(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)


def send_relay(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP("localhost", 25) as s:
        s.login(user, password)
        s.send_message(msg)


def send_ssl(msg: EmailMessage, user: str, password: str, tls_context=None) -> None:
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=tls_context) as s:
        s.login(user, password)
        s.send_message(msg)


def send_ssl_verified(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ssl.create_default_context()) as s:
        s.login(user, password)
        s.send_message(msg)


def check_bounces(user: str, password: str) -> int:
    box = imaplib.IMAP4("imap.lab-university.example")
    box.login(user, password)
    typ, data = box.search(None, "UNSEEN")
    return len(data[0].split())


def check_bounces_ssl(user: str, password: str) -> int:
    box = imaplib.IMAP4_SSL("imap.lab-university.example")
    box.login(user, password)
    return 0


def check_bounces_verified(user: str, password: str) -> int:
    box = imaplib.IMAP4_SSL("imap.lab-university.example", ssl_context=ssl.create_default_context())
    box.login(user, password)
    return 0


def pop_alerts(user: str, password: str) -> int:
    pop = poplib.POP3("pop.lab-university.example")
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]


def pop_alerts_tls(user: str, password: str) -> int:
    pop = poplib.POP3("pop.lab-university.example")
    pop.stls(context=ssl.create_default_context())
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]


def fetch_export(name: str, user: str, password: str) -> bytes:
    chunks = []
    ftp = ftplib.FTP_TLS("ftp.core-facility.example", context=ssl.create_default_context())
    ftp.login(user, password)
    ftp.retrbinary(f"RETR {name}", chunks.append)
    return b"".join(chunks)


def fetch_export_private(name: str, user: str, password: str) -> bytes:
    chunks = []
    ftp = ftplib.FTP_TLS("ftp.core-facility.example", context=ssl.create_default_context())
    ftp.login(user, password)
    ftp.prot_p()
    ftp.retrbinary(f"RETR {name}", chunks.append)
    return b"".join(chunks)


def fetch_sequencer_run(run: str, password: str) -> list:
    ftp = ftplib.FTP("ftp.sequencer.lab.example")
    ftp.login("seqrun", password)
    return ftp.nlst(run)


def fetch_public_reference() -> list:
    ftp = ftplib.FTP("ftp.ncbi.nlm.nih.gov")
    ftp.login()
    return ftp.nlst("genomes")
