from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

from pipeline.config import SINKS

client = MongoClient(SINKS.mongo_uri, tlsCAFile=SINKS.mongo_ca_file, serverSelectionTimeoutMS=5000)

LEGACY_URI = "mongodb://etl:etl@mongo-legacy.data.example.com:27017/events?tls=true&tlsAllowInvalidHostnames=true"
legacy = MongoClient(LEGACY_URI)


def async_client() -> AsyncIOMotorClient:
    return AsyncIOMotorClient(SINKS.mongo_uri, tls=True, tlsAllowInvalidCertificates=True)


def write_batch(docs: list[dict]) -> int:
    result = client.events.raw.insert_many(docs, ordered=False)
    return len(result.inserted_ids)
