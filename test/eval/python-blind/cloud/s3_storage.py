import logging
import os
from typing import BinaryIO, Optional

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

MINIO_ENDPOINT = os.getenv("MINIO_ENDPOINT", "http://minio.storage.example.net:9000")
CA_BUNDLE = os.getenv("AWS_CA_BUNDLE")

_cfg = Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5)


def s3_client(region: str = "eu-west-1"):
    return boto3.client("s3", region_name=region, config=_cfg, verify=CA_BUNDLE or True)


def minio_client():
    return boto3.client(
        "s3",
        endpoint_url="http://minio.storage.example.net:9000",
        aws_access_key_id=os.environ["MINIO_KEY"],
        aws_secret_access_key=os.environ["MINIO_SECRET"],
        config=_cfg,
    )


def onprem_client():
    session = boto3.session.Session(profile_name="onprem")
    return session.client("s3", endpoint_url="https://s3.onprem.example.net", verify=False)


def sqs_resource():
    return boto3.resource("sqs", region_name="eu-west-1", use_ssl=False)


def local_dynamo():
    return boto3.resource("dynamodb", endpoint_url="http://localhost:8000", region_name="local")


class Bucket:
    def __init__(self, name: str, client=None) -> None:
        self.name = name
        self.client = client or s3_client()

    def put(self, key: str, body: BinaryIO, content_type: Optional[str] = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        self.client.upload_fileobj(body, self.name, key, ExtraArgs=extra)

    def url(self, key: str, expires: int = 3600) -> str:
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.name, "Key": key}, ExpiresIn=expires
        )


def backup_bucket() -> Bucket:
    return Bucket("backups", client=boto3.client("s3", verify=False))
