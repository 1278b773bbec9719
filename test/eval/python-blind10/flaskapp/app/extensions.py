"""Shared extensions and the registry of outbound HTTP clients."""
import ssl

import httpx
from flask_mail import Mail
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
mail = Mail()

_partner_ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")
_partner_ctx.minimum_version = ssl.TLSVersion.TLSv1_2

HTTP_CLIENTS = {
    "billing": httpx.Client(base_url="https://billing.internal.example.com", verify="/etc/ssl/certs/internal-ca.pem"),
    "recommendations": httpx.Client(base_url="https://recs.internal.example.com", verify=False, timeout=2.0),
    "partner": httpx.Client(base_url="https://api.partner.example.org", verify=_partner_ctx),
}


def client(name):
    return HTTP_CLIENTS[name]
