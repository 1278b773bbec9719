import ssl

from celery import Celery
from kombu import Connection

from .sender import send_report

app = Celery("mailreport")
app.config_from_object("mailreport.celeryconfig")


@app.task
def nightly(report_id):
    send_report(build(report_id))


def build(report_id):
    raise NotImplementedError(report_id)


def audit_queue():
    return Connection(
        "amqps://audit@mq.corp.example.com:5671//",
        ssl={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/certs/mq-ca.pem"},
    )
