"""Object storage: AWS S3 in production, MinIO for the on-prem edition."""
import os

import boto3
from botocore.config import Config

RETRY_CONFIG = Config(retries={"max_attempts": 10, "mode": "adaptive"})
ONPREM_ENDPOINT = "objects.onprem.acme-corp.net:9000"

S3_CLIENT_KWARGS = {
    "region_name": "eu-central-1",
    "config": RETRY_CONFIG,
    "verify": "/etc/ssl/certs/ca-bundle.crt",
}

ONPREM_KWARGS = {
    "endpoint_url": f"http://{ONPREM_ENDPOINT}",
    "aws_access_key_id": os.environ.get("MINIO_ACCESS_KEY"),
    "aws_secret_access_key": os.environ.get("MINIO_SECRET_KEY"),
}


def s3_client():
    return boto3.client("s3", **S3_CLIENT_KWARGS)


def onprem_client():
    return boto3.client("s3", **ONPREM_KWARGS)


def compose_client():
    # docker-compose service name; traffic never leaves the bridge network.
    return boto3.client("s3", endpoint_url="http://minio:9000")


def replica_resource(profile="replica"):
    session = boto3.session.Session(profile_name=profile)
    return session.resource("s3", region_name="eu-west-1", use_ssl=False)


def legacy_bucket_client():
    session = boto3.session.Session()
    return session.client("s3", region_name="us-east-1", verify=False, config=RETRY_CONFIG)
