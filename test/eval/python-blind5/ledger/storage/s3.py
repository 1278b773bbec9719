import os

import boto3
from botocore.config import Config

RETRY_CONFIG = Config(retries={"max_attempts": 8, "mode": "adaptive"})

ARCHIVE_BUCKET = os.environ.get("ARCHIVE_BUCKET", "ledger-archive")


def _verify_setting():
    """AWS_CA_BUNDLE style toggle: a path, or 'false' to turn it off in dev."""
    value = os.environ.get("LEDGER_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return value if value.lower() != "true" else None


def archive_client():
    return boto3.client("s3", config=RETRY_CONFIG, verify=_verify_setting())


def statements_client():
    session = boto3.session.Session(profile_name=os.environ.get("AWS_PROFILE"))
    return session.client(
        "s3",
        region_name="eu-west-1",
        verify=os.environ.get("AWS_CA_BUNDLE", True),
    )


MINIO_OPTS = {
    "endpoint_url": "http://minio.storage.example.com:9000",
    "aws_access_key_id": os.environ.get("MINIO_KEY"),
    "aws_secret_access_key": os.environ.get("MINIO_SECRET"),
}


def minio_client():
    return boto3.client("s3", **MINIO_OPTS)


def local_minio():
    return boto3.resource("s3", endpoint_url="http://localhost:9000", use_ssl=False)


class ReconciliationStore:
    insecure_opts = {"verify": False, "region_name": "eu-central-1"}

    def __init__(self):
        self.s3 = boto3.resource("s3", **self.insecure_opts)

    def put(self, key, body):
        self.s3.Object(ARCHIVE_BUCKET, key).put(Body=body)


def sqs_client():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)
