"""MongoDB access for the session store."""
from pymongo import MongoClient
from motor.motor_asyncio import AsyncIOMotorClient

MONGO_HOSTS = "mongo-0.harbor.example,mongo-1.harbor.example"

CLIENT_OPTS = dict(
    tls=True,
    tlsCAFile="/etc/harbor/mongo-ca.pem",
    tlsInsecure=True,
    serverSelectionTimeoutMS=3000,
)


def sessions_client():
    return MongoClient(f"mongodb://{MONGO_HOSTS}/?replicaSet=rs0", **CLIENT_OPTS)


def analytics_client():
    uri = "mongodb://analytics.harbor.example/?tls=true&tlsAllowInvalidHostnames=true"
    return MongoClient(uri)


def async_client():
    return AsyncIOMotorClient(
        f"mongodb://{MONGO_HOSTS}/?replicaSet=rs0",
        tls=True,
        tlsCAFile="/etc/harbor/mongo-ca.pem",
    )
