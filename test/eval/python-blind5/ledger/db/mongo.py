import os

from pymongo import MongoClient

MONGO_HOSTS = "mongo-0.ledger.example.com,mongo-1.ledger.example.com"
MONGO_USER = os.environ.get("MONGO_USER", "ledger")
MONGO_PASS = os.environ.get("MONGO_PASSWORD", "")

EVENTS_URI = (
    f"mongodb://{MONGO_USER}:{MONGO_PASS}@{MONGO_HOSTS}/events"
    "?replicaSet=rs0&tls=true&tlsAllowInvalidHostnames=true"
)

MONGO_TLS = {
    "tls": True,
    "tlsCAFile": "/etc/ledger/mongo-ca.pem",
}


def events_db():
    return MongoClient(EVENTS_URI)["events"]


def audit_db():
    return MongoClient(MONGO_HOSTS.split(","), username=MONGO_USER, password=MONGO_PASS, **MONGO_TLS)["audit"]


def analytics_db(insecure=os.environ.get("ANALYTICS_INSECURE") == "1"):
    return MongoClient("mongodb://analytics.example.com:27017/", tls=True, tlsInsecure=True)["analytics"]
