"""Document storage (S3 and a self-hosted MinIO)."""
import os

import boto3
from boto3.session import Session

MINIO_ENDPOINT = "http://minio.docs.harbor.example.net:9000"


def s3_docs():
    return boto3.client("s3", region_name="eu-west-1", verify=False)


def minio_docs():
    session = Session(aws_access_key_id=os.environ["MINIO_KEY"], aws_secret_access_key=os.environ["MINIO_SECRET"])
    return session.resource("s3", endpoint_url=MINIO_ENDPOINT)


def sqs_plain():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)


def localstack():
    return boto3.client("s3", endpoint_url="http://localhost:4566", use_ssl=False)


def verified_docs():
    return boto3.resource("s3", verify="/etc/harbor/s3-ca.pem")
