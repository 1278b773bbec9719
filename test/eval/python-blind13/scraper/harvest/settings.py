import os

DEPLOY_ENV = os.getenv("HARVEST_ENV", "dev")
IS_PRODUCTION = DEPLOY_ENV == "production"
VERIFY_TLS = os.getenv("HARVEST_VERIFY_TLS", "1") == "1"
CA_BUNDLE = os.getenv("HARVEST_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
USER_AGENT = "harvest/5.1 (+https://catalog.example.com/bot)"
