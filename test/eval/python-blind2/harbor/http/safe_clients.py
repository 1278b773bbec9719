"""Reference clients: the approved way to reach each backend."""
import os
import ssl

import aiohttp
import boto3
import httpx
import pycurl
import redis
import requests
import urllib3
import websocket
from elasticsearch import Elasticsearch
from kafka import KafkaConsumer
from pymongo import MongoClient

CA = "/etc/harbor/ca.pem"


def _ctx():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def http_session():
    s = requests.Session()
    s.verify = CA
    return s


def http_get(url):
    return requests.get(url, verify=True, timeout=10)


def http_env(url):
    return requests.get(url, verify=os.environ.get("REQUESTS_CA_BUNDLE", True))


def httpx_client():
    return httpx.Client(verify=_ctx())


async def aio_get(url):
    conn = aiohttp.TCPConnector(ssl=_ctx())
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.get(url, ssl=True) as r:
            return await r.text()


def pool():
    return urllib3.PoolManager(cert_reqs="REQUIRED", ca_certs=CA)


def s3():
    return boto3.client("s3", verify=True)


def search():
    return Elasticsearch(["https://es.prod.harbor.example.net:9200"], ca_certs=CA, verify_certs=True, ssl_assert_hostname=True)


def cache():
    return redis.Redis(host="cache.prod.harbor.example.net", ssl=True, ssl_cert_reqs="required", ssl_check_hostname=True, ssl_min_version=ssl.TLSVersion.TLSv1_2)


def mongo():
    return MongoClient("mongodb://mongo.prod.harbor.example.net/?tls=true", tlsCAFile=CA, tlsAllowInvalidCertificates=False, tlsAllowInvalidHostnames=False)


def kafka(topic):
    return KafkaConsumer(topic, bootstrap_servers="kafka.prod.harbor.example.net:9093", security_protocol="SSL", ssl_cafile=CA, ssl_check_hostname=True)


def ws(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "check_hostname": True, "ca_certs": CA})


def curl(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.CAINFO, CA)
    c.perform()
    return c
