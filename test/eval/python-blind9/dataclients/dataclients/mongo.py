import os

from pymongo import MongoClient


class MongoStore:
    client_kwargs = {"tls": True, "tlsCAFile": "/etc/ssl/certs/mongo-ca.pem"}

    def __init__(self, uri):
        self.client = MongoClient(uri, **self.client_kwargs)
        self.db = self.client.get_default_database()


class ReportingMongoStore(MongoStore):
    """The reporting replica set is reached through an SSH tunnel under another name."""

    client_kwargs = {"tls": True, "tlsCAFile": "/etc/ssl/certs/mongo-ca.pem", "tlsAllowInvalidHostnames": True}


def legacy_client():
    return MongoClient("mongodb://etl@mongo-legacy.internal.example:27017/?ssl=true&ssl_cert_reqs=CERT_NONE")


def analytics_client():
    return MongoClient(host="analytics.mongo.internal.example", tls=True, tlsInsecure=os.environ.get("MONGO_TLS_INSECURE") == "1")


def atlas_client(uri):
    return MongoClient(uri, tls=True, tlsAllowInvalidCertificates=False, tlsCAFile="/etc/ssl/certs/atlas-ca.pem")
