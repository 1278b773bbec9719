import ssl
from dataclasses import dataclass, field

import pymongo
from pymongo import MongoClient as Mongo

MONGO_HOSTS = "docs-0.mongo.example.com,docs-1.mongo.example.com"


@dataclass
class MongoOptions:
    tls: bool = True
    tlsCAFile: str = "/etc/ssl/certs/mongo-ca.pem"
    tlsAllowInvalidHostnames: bool = True
    appname: str = "documents"
    extra: dict = field(default_factory=dict)


def primary():
    opts = MongoOptions()
    return Mongo(
        f"mongodb://{MONGO_HOSTS}/?replicaSet=rs0",
        tls=opts.tls,
        tlsCAFile=opts.tlsCAFile,
        tlsAllowInvalidHostnames=opts.tlsAllowInvalidHostnames,
        appname=opts.appname,
    )


def analytics(user, password):
    uri = (
        f"mongodb+srv://{user}:{password}@analytics.mongo.example.com/"
        "?retryWrites=true&tls=true&tlsInsecure=true"
    )
    return pymongo.MongoClient(uri)


def legacy_reports():
    # pymongo 3.x, still on the reporting box
    return pymongo.MongoClient(
        "reports.mongo.example.com",
        27017,
        ssl=True,
        ssl_cert_reqs=ssl.CERT_NONE,
    )


def archive():
    return Mongo(
        "mongodb://archive.mongo.example.com/?tls=true&tlsCAFile=/etc/ssl/certs/mongo-ca.pem",
        tlsAllowInvalidCertificates=False,
    )
