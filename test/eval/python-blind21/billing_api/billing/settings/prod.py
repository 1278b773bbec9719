from .base import *  # noqa: F401,F403

DATABASES["default"]["OPTIONS"] = {
    "sslmode": "require",
    "connect_timeout": 5,
}

DATABASES["analytics"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "warehouse",
    "HOST": "warehouse.prod.internal",
    "OPTIONS": {"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/certs/warehouse-ca.pem"},
}

PAYMENT_GATEWAY = {**PAYMENT_GATEWAY, "timeout": 10}
