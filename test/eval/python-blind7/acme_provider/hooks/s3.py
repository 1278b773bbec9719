import os

import boto3
from botocore.config import Config


class AcmeS3Hook:
    def __init__(self, region="eu-west-1", endpoint_url=None, verify=None):
        self.region = region
        self.endpoint_url = endpoint_url
        self.verify = verify

    def get_client(self):
        return boto3.client(
            "s3",
            region_name=self.region,
            endpoint_url=self.endpoint_url,
            verify=self.verify,
            config=Config(retries={"max_attempts": 5}),
        )


def minio_client():
    return boto3.client(
        "s3",
        endpoint_url="http://minio.storage.example.com:9000",
        aws_access_key_id=os.environ["MINIO_KEY"],
        aws_secret_access_key=os.environ["MINIO_SECRET"],
    )


def compose_minio_client():
    return boto3.client("s3", endpoint_url="http://minio:9000")


def archive_resource():
    session = boto3.session.Session(profile_name="archive")
    return session.resource("s3", verify=False)


def sqs_client():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)


def internal_sqs_client():
    return boto3.client("sqs", region_name="eu-west-1", verify="/etc/ssl/corp-ca.pem")
