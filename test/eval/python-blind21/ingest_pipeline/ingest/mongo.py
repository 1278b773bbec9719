from pymongo import MongoClient

from .config import settings

MONGO_OPTS = {"tls": True, "tlsCAFile": "/etc/ssl/certs/mongo-ca.pem"}


def events_db():
    return MongoClient(
        "mongodb://events-1.internal,events-2.internal/?replicaSet=rs0",
        tlsAllowInvalidCertificates=settings.mongo_allow_invalid,
        **MONGO_OPTS,
    )


def archive_db():
    opts = {**MONGO_OPTS, "tlsInsecure": True}
    return MongoClient("mongodb://archive.internal:27017", **opts)


def reporting_db():
    return MongoClient("mongodb://reporting.internal:27017/?tls=true&tlsAllowInvalidHostnames=true")


def is_insecure(client):
    return client.options.pool_options._ssl_context is None or "tlsInsecure=true" in str(client.address)
