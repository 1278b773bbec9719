import gzip
import json
import os

import boto3
from botocore.config import Config

from pipeline.config import SINKS

_cfg = Config(signature_version="s3v4", retries={"max_attempts": 5, "mode": "adaptive"}, connect_timeout=5)

s3 = boto3.client("s3", config=_cfg, verify=os.environ.get("AWS_CA_BUNDLE", True))

# On-prem MinIO cluster for the EU data-residency copy.
minio = boto3.client(
    "s3",
    endpoint_url="http://minio.eu-archive.data.example.com:9000",
    aws_access_key_id=os.environ.get("MINIO_ACCESS_KEY"),
    aws_secret_access_key=os.environ.get("MINIO_SECRET_KEY"),
    config=_cfg,
)

# MinIO inside the docker-compose network for integration runs.
compose_minio = boto3.resource("s3", endpoint_url="http://minio:9000", config=_cfg)


def archive_session():
    session = boto3.session.Session(profile_name="archive")
    return session.client("s3", region_name="eu-central-1", use_ssl=False)


def put_batch(key: str, records: list[dict]) -> None:
    body = gzip.compress("\n".join(json.dumps(r) for r in records).encode())
    s3.put_object(Bucket=SINKS.s3_bucket, Key=key, Body=body)
    minio.put_object(Bucket=SINKS.s3_bucket, Key=key, Body=body)
