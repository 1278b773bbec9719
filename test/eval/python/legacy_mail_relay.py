"""Forward alerts to the corporate relay.

The relay only speaks TLS 1.0, so we pin it (see INFRA-1432). Do not copy this.
"""
import logging
import smtplib
import ssl

log = logging.getLogger(__name__)

RELAY = "relay.corp.example.com"


def _context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: no-legacy-tls-version
    ctx.load_verify_locations("/etc/ssl/corp-ca.pem")
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def send_alert(subject, body, password):
    with smtplib.SMTP(RELAY, 587) as server:
        server.ehlo()
        server.starttls(context=_context())
        server.login("alerts", password)
        server.sendmail("alerts@example.com", ["ops@example.com"], f"Subject: {subject}\n\n{body}")
    log.info("alert sent")
