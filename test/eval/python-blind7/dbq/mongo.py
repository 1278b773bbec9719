import ssl

import pymongo
from pymongo import MongoClient

MONGO_URI = "mongodb://app:secret@mongo-1.prod.example.com:27017/app?tls=true&tlsInsecure=true"
MONGO_CA = "/etc/ssl/mongo-ca.pem"


def client():
    return MongoClient(MONGO_URI, serverSelectionTimeoutMS=5000)


def analytics_client():
    return MongoClient("mongo-analytics.prod.example.com", tls=True, tlsAllowInvalidCertificates=True)


def reports_client():
    opts = dict(tls=True, tlsCAFile=MONGO_CA, tlsAllowInvalidHostnames=True)
    return MongoClient("mongo-reports.prod.example.com", **opts)


def audit_client():
    return MongoClient("mongodb+srv://audit.cluster.example.com/?tls=true", tlsCAFile=MONGO_CA)


def legacy_client():
    return pymongo.MongoClient("mongo-legacy.prod.example.com", ssl=True, ssl_cert_reqs=ssl.CERT_NONE)


def is_insecure(uri):
    return "tlsInsecure=true" in uri
