import os

from pymongo import MongoClient

MONGO_CA = "/etc/ssl/certs/mongo-ca.pem"


def events_client():
    return MongoClient(os.environ["EVENTS_MONGO_URI"], tls=True, tlsCAFile=MONGO_CA)


def legacy_events_client():
    return MongoClient("mongodb://etl@mongo-legacy.analytics.example.com:27017/events", tls=True, tlsAllowInvalidCertificates=True)


def clickstream_client():
    return MongoClient("mongodb+srv://etl@clickstream.abcde.mongodb.net/?tls=true&tlsAllowInvalidHostnames=true")


class MongoSource:
    client_kwargs = {"tls": True, "tlsCAFile": MONGO_CA, "serverSelectionTimeoutMS": 5000}

    def __init__(self, uri):
        self.client = MongoClient(uri, **self.client_kwargs)


class ArchiveMongoSource(MongoSource):
    client_kwargs = {"tls": True, "tlsInsecure": True}
