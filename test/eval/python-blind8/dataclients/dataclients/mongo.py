import ssl

from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

events = MongoClient("mongodb+srv://events.cluster.example.com/?tls=true&tlsAllowInvalidHostnames=true", tlsCAFile="/etc/ssl/mongo-ca.pem")

legacy = MongoClient("mongodb://legacy-rs.example.com:27017/", ssl=True, ssl_cert_reqs=ssl.CERT_NONE)


class MongoFactory:
    defaults = {"serverSelectionTimeoutMS": 5000, "tls": True}

    def __init__(self, uri):
        self.uri = uri

    def catalog(self):
        return MongoClient(self.uri, tlsInsecure=True, **self.defaults)

    def audit(self):
        return MongoClient(self.uri, tlsAllowInvalidCertificates=False, tlsCAFile="/etc/ssl/mongo-ca.pem", **self.defaults)


def async_client(uri):
    return AsyncIOMotorClient(uri, tls=True, tlsAllowInvalidCertificates=True)
