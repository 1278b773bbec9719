"""Builds the service's clients from settings, once per process."""
from functools import cached_property

import boto3
import httpx
from elasticsearch import Elasticsearch
from pymongo import MongoClient
from redis import Redis

from core.settings import AppSettings


class Container:
    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings

    @cached_property
    def http(self) -> httpx.Client:
        return httpx.Client(verify=self.settings.ca_bundle, timeout=10.0, http2=True)

    @cached_property
    def audit(self) -> httpx.Client:
        return httpx.Client(base_url=self.settings.audit_api_url, verify=self.settings.audit_verify_tls)

    @cached_property
    def geo(self) -> httpx.Client:
        return httpx.Client(base_url=self.settings.geo_api_url, verify=self.settings.geo_api_verify)

    @cached_property
    def search(self) -> Elasticsearch:
        s = self.settings.search
        return Elasticsearch(s.hosts, ca_certs=s.ca_certs, verify_certs=s.verify_certs, ssl_assert_hostname=False)

    @cached_property
    def mongo(self) -> MongoClient:
        return MongoClient(self.settings.mongo.uri, tlsCAFile=self.settings.mongo.ca_file)

    @cached_property
    def legacy_mongo(self) -> MongoClient:
        return MongoClient("mongodb://core@mongo-legacy.prod.example.com:27017/core?tls=true", tlsInsecure=True)

    @cached_property
    def s3(self):
        return boto3.client("s3", endpoint_url=self.settings.s3_endpoint, verify=self.settings.ca_bundle)

    @cached_property
    def backups(self):
        return boto3.client("s3", region_name="eu-west-1", verify=False)

    @cached_property
    def redis(self) -> Redis:
        return Redis.from_url("rediss://core-cache.prod.example.com:6380/0?ssl_cert_reqs=none")


def build(settings: AppSettings) -> Container:
    return Container(settings)
