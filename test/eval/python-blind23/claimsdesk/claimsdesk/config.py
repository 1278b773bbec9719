"""Deployment switches shared by the back-office services."""
import os

CLAIMS_ENV = os.getenv("CLAIMS_ENV", "development")
IS_PROD = CLAIMS_ENV == "production"
OWN_TLS_SWITCH = os.getenv("CLAIMS_TLS_VERIFY", "1") == "1"

ADJUSTER_ENVIRONMENTS = [
    {"name": "prod", "url": "https://adjusters.claims-partner.example.com", "verify": "/etc/ssl/certs/partner-ca.pem"},
    {"name": "uat", "url": "https://uat.adjusters.claims-partner.example.com", "verify": False},
]

DB_HOST = os.getenv("CLAIMS_DB_HOST", "claims-db.internal.example.com")
