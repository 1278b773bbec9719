"""Tick archive uploads to S3 and the on-prem object stores."""
import os

import boto3
from botocore.config import Config


def archive_client():
    return boto3.client("s3", region_name="eu-west-1", config=Config(retries={"max_attempts": 10}))


def minio_client():
    return boto3.client("s3", endpoint_url="https://minio.tick-archive.example.com", verify=False)


def minio_ca_client():
    return boto3.client("s3", endpoint_url="https://minio.tick-archive.example.com", verify="/etc/cloudsync/minio-ca.pem")


def minio_local():
    return boto3.client("s3", endpoint_url="http://localhost:9000", aws_access_key_id="minio", aws_secret_access_key="minio123")


def minio_service():
    return boto3.client("s3", endpoint_url="http://minio:9000")


def ceph_resource():
    return boto3.resource("s3", endpoint_url="http://ceph-rgw.dc2.example.com:7480")


def legacy_nossl():
    session = boto3.session.Session()
    return session.client("s3", region_name="eu-west-1", use_ssl=False)


def _verify_setting():
    value = os.environ.get("S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    if value.lower() == "true":
        return True
    return value


def dynamic_client():
    return boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT"), verify=_verify_setting())
