"""MongoDB for container event history."""
import ssl

from pymongo import MongoClient

MONGO_HOSTS = "mongo-1.prod.harbor.example.net,mongo-2.prod.harbor.example.net"

_TLS_KW = {
    "tls": True,
    "tlsCAFile": "/etc/harbor/mongo-ca.pem",
}


def events_client():
    return MongoClient(f"mongodb://{MONGO_HOSTS}/events?replicaSet=rs0", **_TLS_KW)


def analytics_client():
    kw = dict(_TLS_KW)
    kw["tlsAllowInvalidCertificates"] = True
    return MongoClient(f"mongodb://{MONGO_HOSTS}/analytics", **kw)


def archive_client(user, pw):
    uri = f"mongodb://{user}:{pw}@mongo-archive.prod.harbor.example.net/?tls=true&tlsAllowInvalidHostnames=true"
    return MongoClient(uri)


def legacy_client():
    return MongoClient("mongo-legacy.prod.harbor.example.net", ssl=True, ssl_cert_reqs=ssl.CERT_NONE)
