"""MongoDB and search clients."""
from elasticsearch import Elasticsearch
from motor.motor_asyncio import AsyncIOMotorClient
from opensearchpy import OpenSearch
from pymongo import MongoClient

from . import tlsdefaults

MONGO_URI = "mongodb+srv://app:{password}@docs.platform.example.com/app?tls=true&tlsAllowInvalidHostnames=true"


def mongo(password):
    return MongoClient(MONGO_URI.format(password=password), tlsCAFile=tlsdefaults.INTERNAL_CA)


def mongo_reports():
    return MongoClient("reports-mongo.platform.example.com", 27017, tls=True, tlsCAFile=tlsdefaults.INTERNAL_CA)


def motor_client(uri):
    return AsyncIOMotorClient(uri, tls=True, tlsInsecure=True, serverSelectionTimeoutMS=3000)


def search():
    return Elasticsearch(
        "https://search.platform.example.com:9200",
        basic_auth=("app", "changeme"),
        verify_certs=False,
        ssl_show_warn=False,
    )


def search_logs():
    return Elasticsearch(
        "https://10.20.0.15:9200",
        ca_certs=tlsdefaults.INTERNAL_CA,
        ssl_assert_hostname=False,
    )


def opensearch():
    return OpenSearch(
        hosts=[{"host": "os.platform.example.com", "port": 443}],
        use_ssl=True,
        verify_certs=True,
        ca_certs=tlsdefaults.INTERNAL_CA,
    )
