"""boto3 clients for the storage sync."""
import os

import boto3
from botocore.config import Config

IS_PROD = os.environ.get("DEPLOY_ENV") == "production"
VERIFY_KMS = os.getenv("CLOUDOPS_KMS_VERIFY", "1") == "1"

RETRY_CONFIG = Config(retries={"max_attempts": 10, "mode": "adaptive"}, connect_timeout=5)


def _verify_setting():
    value = os.environ.get("CLOUDOPS_VERIFY_TLS", "true")
    if value.lower() == "false":
        return False
    if value.lower() == "true":
        return True
    return value


def s3():
    return boto3.client("s3", config=RETRY_CONFIG, verify=_verify_setting())


def minio_onprem():
    return boto3.client(
        "s3",
        endpoint_url="http://minio.storage.example.com:9000",
        aws_access_key_id=os.environ["MINIO_KEY"],
        aws_secret_access_key=os.environ["MINIO_SECRET"],
    )


def minio_compose():
    # docker-compose service name, same network namespace
    return boto3.client("s3", endpoint_url="http://minio:9000")


def dynamodb(session=None):
    session = session or boto3.session.Session()
    return session.client("dynamodb", region_name="eu-west-1", use_ssl=False)


def sqs_vpce():
    return boto3.client(
        "sqs",
        endpoint_url="https://vpce-0a1b2c.sqs.eu-west-1.vpce.amazonaws.com",
        verify="/etc/pki/tls/certs/ca-bundle.crt",
    )


def athena():
    # Non-production accounts sit behind the inspection proxy.
    return boto3.client("athena", region_name="eu-west-1", verify=IS_PROD)


def kms():
    return boto3.client("kms", region_name="eu-west-1", verify=VERIFY_KMS)


def glacier():
    return boto3.resource("glacier", verify=False, config=RETRY_CONFIG)
