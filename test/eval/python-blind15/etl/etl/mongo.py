"""Event store (MongoDB Atlas and the on-prem replica set)."""
import os

from pymongo import MongoClient

from etl.config import MONGO_CA

ATLAS_URI = os.environ.get("ATLAS_URI", "mongodb+srv://cluster0.abcde.mongodb.net/events")
ONPREM_URI = "mongodb://mongo1.data.internal:27017,mongo2.data.internal:27017/events?replicaSet=rs0&tls=true&tlsAllowInvalidHostnames=true"


def atlas_client():
    return MongoClient(ATLAS_URI, tls=True, tlsCAFile=MONGO_CA, serverSelectionTimeoutMS=5000)


def onprem_client():
    return MongoClient(ONPREM_URI, tlsCAFile=MONGO_CA)


def lab_client():
    return MongoClient("mongodb://mongo-lab.data.internal:27017", tls=True, tlsAllowInvalidCertificates=True)


def copy_events(src, dst, since):
    cursor = src.events.find({"ts": {"$gte": since}}).batch_size(1000)
    batch = []
    for doc in cursor:
        batch.append(doc)
        if len(batch) >= 1000:
            dst.events.insert_many(batch, ordered=False)
            batch = []
    if batch:
        dst.events.insert_many(batch, ordered=False)
