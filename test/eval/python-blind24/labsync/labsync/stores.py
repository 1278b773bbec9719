import os
import ssl

import redis
from pymongo import MongoClient

MONGO = MongoClient("mongodb://results.lab.example.org/labsync?tls=true&tlsCAFile=/etc/labsync/lab-ca.pem")


def results_db():
    return MONGO["labsync"]


def archive_db():
    return MongoClient("mongodb://archive.lab.example.org/labsync?tls=true&tlsAllowInvalidCertificates=true")


def staging_db():
    return MongoClient("mongodb://staging.lab.example.org/labsync", tls=True, tlsAllowInvalidCertificates=False)


def queue():
    return redis.from_url("rediss://queue.lab.example.org:6380/0?ssl_cert_reqs=required")


def queue_lab():
    return redis.from_url("rediss://queue.lab.example.org:6380/1", ssl_cert_reqs=ssl.CERT_REQUIRED, ssl_ca_certs="/etc/labsync/lab-ca.pem")


def describe(client):
    return "insecure" if client.connection_pool.connection_kwargs.get("ssl_cert_reqs") == "none" else "ok"
