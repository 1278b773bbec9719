"""Send the morning digest and read editor replies."""
import imaplib
import smtplib
import ssl
from email.message import EmailMessage

DIGEST_RELAY = "smtp.newsroom.example.org"
REPLIES_HOST = "imap.newsroom.example.org"


def send_digest(msg: EmailMessage, user: str, password: str) -> None:
    with smtplib.SMTP_SSL(DIGEST_RELAY, 465) as relay:
        relay.login(user, password)
        relay.send_message(msg)


def send_alert(msg: EmailMessage, user: str, password: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP(DIGEST_RELAY, 587) as relay:
        relay.starttls(context=ctx)
        relay.login(user, password)
        relay.send_message(msg)


def send_bulletin(msg: EmailMessage, user: str, password: str) -> None:
    relay = smtplib.SMTP(DIGEST_RELAY, 587)
    relay.ehlo()
    relay.starttls()
    relay.login(user, password)
    relay.send_message(msg)
    relay.quit()


def check_relay() -> bool:
    with smtplib.SMTP_SSL(DIGEST_RELAY, 465, context=ssl.create_default_context()) as relay:
        return relay.noop()[0] == 250


def fetch_replies(user: str, password: str) -> list[bytes]:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/newsroom-ca.pem")
    box = imaplib.IMAP4_SSL(REPLIES_HOST, ssl_context=ctx)
    box.login(user, password)
    box.select("INBOX")
    _, data = box.search(None, "UNSEEN")
    return data[0].split()
