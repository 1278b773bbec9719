import smtplib
from email.message import EmailMessage

from . import settings


def mail_report(rows, user, password, to):
    msg = EmailMessage()
    msg["Subject"] = "Daily stock report"
    msg["To"] = to
    msg.set_content("\n".join(f"{sku}: {count}" for sku, count in rows))
    with smtplib.SMTP_SSL(settings.SMTP_HOST, 465) as server:
        server.login(user, password)
        server.send_message(msg)
