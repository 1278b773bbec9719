import os

import boto3
from botocore.config import Config

RETRIES = Config(retries={"max_attempts": 5, "mode": "adaptive"})


def _verify_setting():
    value = os.environ.get("CLOUDOPS_AWS_VERIFY", "")
    if value.lower() == "false":
        return False
    return value or None


def s3_client(region):
    return boto3.client("s3", region_name=region, verify=_verify_setting(), config=RETRIES)


def kms_client(region):
    return boto3.client("kms", region_name=region, verify="/etc/ssl/certs/corp-proxy-ca.pem", config=RETRIES)


def minio_client(endpoint, access_key, secret_key):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        verify=False,
    )


def localstack_sqs():
    return boto3.client("sqs", endpoint_url="http://localhost:4566", region_name="us-east-1")


def archive_bucket():
    session = boto3.session.Session(profile_name="archive")
    s3 = session.resource("s3", endpoint_url="http://archive-s3.dc2.example.com:9000")
    return s3.Bucket("cold-archive")


def legacy_table(name):
    dynamodb = boto3.resource("dynamodb", region_name="eu-west-1", use_ssl=False)
    return dynamodb.Table(name)
