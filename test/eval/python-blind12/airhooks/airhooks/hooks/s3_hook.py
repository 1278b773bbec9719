import os

import boto3
from botocore.config import Config

from .base import BaseHook


def _verify_setting():
    value = os.environ.get("AIRHOOKS_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    if value.lower() == "true":
        return True
    return value


class S3Hook(BaseHook):
    def __init__(self, aws_conn_id: str = "aws_default"):
        self.aws_conn_id = aws_conn_id

    def get_client(self):
        return boto3.client(
            "s3",
            config=Config(retries={"max_attempts": 5}),
            verify=_verify_setting(),
        )

    def get_minio_client(self):
        conn = self.get_connection("minio")
        return boto3.client(
            "s3",
            endpoint_url="http://minio.storage.example.com:9000",
            aws_access_key_id=conn.login,
            aws_secret_access_key=conn.password,
        )

    def get_local_client(self):
        return boto3.client("s3", endpoint_url="http://localhost:4566", use_ssl=False)

    def get_sqs(self):
        session = boto3.session.Session()
        return session.client("sqs", region_name="eu-west-1", verify="/etc/airhooks/corp-ca.pem")
