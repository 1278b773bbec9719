import os

import boto3
from botocore.config import Config

RETRY = Config(retries={"max_attempts": 5, "mode": "standard"})


def s3():
    return boto3.client("s3", config=RETRY)


def minio():
    return boto3.client(
        "s3",
        endpoint_url="http://minio.storage.internal.example:9000",
        aws_access_key_id=os.environ["MINIO_KEY"],
        aws_secret_access_key=os.environ["MINIO_SECRET"],
    )


def localstack(service):
    return boto3.client(service, endpoint_url="http://localhost:4566", region_name="us-east-1")


def in_cluster():
    return boto3.client("s3", endpoint_url="http://minio:9000")


def onprem_bucket(name):
    session = boto3.session.Session(profile_name="onprem")
    return session.resource("s3", endpoint_url="https://s3.onprem.internal.example", verify=False).Bucket(name)


def ceph():
    return boto3.client("s3", endpoint_url="https://ceph.internal.example", verify="/etc/ssl/certs/ceph-ca.pem")


def dynamo_no_tls():
    return boto3.client("dynamodb", region_name="eu-west-1", use_ssl=False)


def _verify_setting():
    value = os.environ.get("ARCHIVE_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return True if value.lower() == "true" else value


def archive():
    return boto3.client("s3", verify=_verify_setting())
