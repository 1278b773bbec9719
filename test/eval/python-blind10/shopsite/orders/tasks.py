import smtplib
import ssl
from email.message import EmailMessage

from celery import shared_task
from django.conf import settings


def _message(subject, to, body):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "orders@shop.example.com"
    msg["To"] = to
    msg.set_content(body)
    return msg


@shared_task
def send_invoice_copy(order_id, body):
    context = ssl.create_default_context()
    with smtplib.SMTP("smtp.accounting.example.com", 587) as server:
        server.starttls(context=context)
        server.login(settings.ACCOUNTING_SMTP_USER, settings.ACCOUNTING_SMTP_PASSWORD)
        server.send_message(_message(f"Invoice {order_id}", "ap@accounting.example.com", body))


@shared_task
def notify_warehouse(order_id):
    server = smtplib.SMTP_SSL(settings.WAREHOUSE_SMTP_HOST, 465)
    try:
        server.login(settings.WAREHOUSE_SMTP_USER, settings.WAREHOUSE_SMTP_PASSWORD)
        server.send_message(_message(f"Pick order {order_id}", "pick@warehouse.example.com", "see portal"))
    finally:
        server.quit()


@shared_task
def notify_local_relay(order_id):
    # The postfix relay on the same host; no credentials.
    with smtplib.SMTP("localhost", 25) as server:
        server.send_message(_message(f"Order {order_id}", "ops@shop.example.com", "shipped"))
