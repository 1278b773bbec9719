"""SOAP bridge to the legacy billing system."""
import http.client
import ssl

BILLING_HOST = "billing-soap.corp.example.com"


def billing_connection():
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    return http.client.HTTPSConnection(BILLING_HOST, 8443, context=ctx, check_hostname=False)


def billing_connection_client_cert():
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    ctx.load_cert_chain("/etc/billing/client.pem", "/etc/billing/client.key")
    return http.client.HTTPSConnection(BILLING_HOST, 8443, context=ctx)


def callback_client(host):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    return http.client.HTTPSConnection(host, 443, context=ctx)
