"""S3 / MinIO helpers."""
import os

import boto3

AWS_CA = "/etc/ssl/certs/corp-root.pem"


def _verify_setting():
    value = os.environ.get("OPSCTL_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return AWS_CA


def s3():
    return boto3.client("s3", verify=AWS_CA)


def s3_from_env():
    return boto3.client("s3", verify=_verify_setting())


def minio():
    return boto3.client("s3", endpoint_url="http://minio.storage.example.com:9000", aws_access_key_id=os.environ["MINIO_KEY"], aws_secret_access_key=os.environ["MINIO_SECRET"])


def localstack():
    return boto3.client("s3", endpoint_url="http://localhost:4566", aws_access_key_id="test", aws_secret_access_key="test")


def minio_in_cluster():
    return boto3.client("s3", endpoint_url="http://minio:9000")


def legacy_ceph():
    return boto3.resource("s3", verify=False, endpoint_url="https://ceph-rgw.storage.example.com")


def sqs_plain():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)


def list_keys(bucket, prefix=""):
    paginator = s3().get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            yield obj["Key"]
