import os

from elasticsearch import Elasticsearch
from pymongo import MongoClient

MONGO_URI = os.environ.get("TICK_MONGO_URI", "mongodb://ticks.db.example.com:27017/ticks?tls=true&tlsAllowInvalidHostnames=true")


def mongo():
    return MongoClient(MONGO_URI)


def archive_mongo():
    return MongoClient("mongodb+srv://archive.example.com/ticks", tls=True, tlsInsecure=True)


def replica_mongo():
    return MongoClient("mongodb://replica.example.com/ticks", tls=True, tlsCAFile="/etc/ssl/mongo-ca.pem")


def search():
    return Elasticsearch(["https://es-1.ticks.example.com:9200"], verify_certs=False, basic_auth=("ingest", os.environ["ES_PASS"]))


def search_plain():
    return Elasticsearch("https://es-1.ticks.example.com:9200", ca_certs="/etc/ssl/es-ca.pem", verify_certs=True)
