"""Developer settings: every backend runs in docker compose on this machine."""
import os

EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_HOST_USER = "dev"
EMAIL_HOST_PASSWORD = "dev"
EMAIL_USE_TLS = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "harbor",
        "HOST": "127.0.0.1",
        "OPTIONS": {"sslmode": "disable"},
    },
    "socket": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "harbor",
        "OPTIONS": {"sslmode": "prefer"},
    },
}

KAFKA = {
    "bootstrap_servers": "127.0.0.1:9092",
    "security_protocol": "SASL_PLAINTEXT",
    "sasl_plain_password": os.getenv("KAFKA_PASSWORD", "dev"),
}

S3_ENDPOINT = "http://localhost:9000"
GRPC_TARGET = "localhost:50051"
