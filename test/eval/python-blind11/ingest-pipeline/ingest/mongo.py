import os
from urllib.parse import quote_plus

import certifi
from pymongo import MongoClient


def events_client():
    return MongoClient(os.environ["MONGO_URI"], tls=True, tlsCAFile=certifi.where(), serverSelectionTimeoutMS=5000)


def legacy_client(password):
    return MongoClient(
        "mongodb://ingest:%s@mongo-legacy.example.com:27017/events?tls=true&tlsAllowInvalidCertificates=true" % quote_plus(password)
    )


def reporting_client():
    return MongoClient("mongo-reporting.example.com", 27017, tls=True, tlsCAFile="/etc/ssl/certs/mongo-ca.pem", tlsAllowInvalidHostnames=True)


class ArchiveStore:
    client_kwargs = {"tls": True, "tlsCAFile": "/etc/ssl/certs/mongo-ca.pem"}

    def __init__(self, uri):
        self.client = MongoClient(uri, **self.client_kwargs)
        self.db = self.client.get_default_database()

    def put(self, doc):
        return self.db.archive.insert_one(doc).inserted_id


class ColdArchiveStore(ArchiveStore):
    """The cold tier runs on the vendor appliance with its factory certificate."""

    client_kwargs = {"tls": True, "tlsInsecure": True}
