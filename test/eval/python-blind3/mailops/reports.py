"""Send the daily KPI report and pull bounce notifications."""
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.office.example.com"
SMTP_USER = "kpi-bot@example.com"


def _message(subject, body, to):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content(body)
    return msg


def send_report(body, password, to="board@example.com"):
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as server:
        server.ehlo()
        server.starttls(context=context)
        server.ehlo()
        server.login(SMTP_USER, password)
        server.send_message(_message("Daily KPIs", body, to))


def send_alert(body, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as server:
        server.login(SMTP_USER, password)
        server.send_message(_message("ALERT", body, "oncall@example.com"))


def send_via_partner_relay(body, password):
    server = smtplib.SMTP("relay.partner.example.net", 587)
    try:
        server.ehlo()
        if server.has_extn("starttls"):
            server.starttls(context=ssl.create_default_context())
            server.ehlo()
        server.login("kpi", password)
        server.send_message(_message("KPIs", body, "ops@partner.example.net"))
    finally:
        server.quit()


def send_legacy(body, password, tls_context=None):
    server = smtplib.SMTP("mail.legacy.example.com", 25)
    server.starttls(context=tls_context)
    server.login("kpi", password)
    server.sendmail(SMTP_USER, ["archive@example.com"], body)
    server.quit()


def send_internal(body, password):
    server = smtplib.SMTP("mx.internal.example.com", 25)
    server.login("kpi", password)
    server.sendmail(SMTP_USER, ["team@example.com"], body)
    server.quit()
