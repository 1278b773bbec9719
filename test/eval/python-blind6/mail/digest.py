"""Weekly digest mail: internal relay with a client certificate, external provider with a password."""
import smtplib
import ssl

INTERNAL_RELAY = "relay.corp.acme-corp.net"
PROVIDER = "smtp.mailvendor.net"
CLIENT_CERT = "/etc/digest/client.pem"
CLIENT_KEY = "/etc/digest/client.key"


def send_internal(msg):
    with smtplib.SMTP_SSL(INTERNAL_RELAY, 465, keyfile=CLIENT_KEY, certfile=CLIENT_CERT) as server:
        server.send_message(msg)


def send_internal_modern(msg):
    ctx = ssl.create_default_context()
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    with smtplib.SMTP_SSL(INTERNAL_RELAY, 465, context=ctx) as server:
        server.send_message(msg)


def send_external(msg, password):
    server = smtplib.SMTP(PROVIDER, 587)
    server.ehlo()
    server.login("digest@acme-corp.net", password)
    server.send_message(msg)
    server.starttls(context=ssl.create_default_context())
    server.quit()


def send_external_safely(msg, password):
    server = smtplib.SMTP(PROVIDER, 587)
    server.ehlo()
    server.starttls(context=ssl.create_default_context())
    server.ehlo()
    server.login("digest@acme-corp.net", password)
    server.send_message(msg)
    server.quit()
