import os

import boto3

MINIO_KEY = os.environ.get("MINIO_KEY", "")
MINIO_SECRET = os.environ.get("MINIO_SECRET", "")


def aws_client():
    return boto3.client("s3")


def onprem_client():
    return boto3.client("s3", endpoint_url="https://s3.dc1.corp.example.com", verify=False, aws_access_key_id=MINIO_KEY, aws_secret_access_key=MINIO_SECRET)


def onprem_client_verified():
    return boto3.client("s3", endpoint_url="https://s3.dc1.corp.example.com", verify="/etc/pki/tls/certs/corp-ca.pem", aws_access_key_id=MINIO_KEY, aws_secret_access_key=MINIO_SECRET)


def local_client():
    return boto3.client("s3", endpoint_url="http://127.0.0.1:9000", use_ssl=False, aws_access_key_id="minio", aws_secret_access_key="minio123")


def archive_resource():
    return boto3.resource("s3", region_name="eu-central-1", use_ssl=False)


def sqs_client():
    return boto3.client("sqs", region_name="eu-central-1", verify=True)


def _verify_setting():
    value = os.environ.get("CLOUDSYNC_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return value if value.lower() != "true" else True


def configured_client():
    return boto3.client("s3", endpoint_url="https://s3.dc2.corp.example.com", verify=_verify_setting())
