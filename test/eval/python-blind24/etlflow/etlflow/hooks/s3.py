import os

import boto3


def _verify_setting():
    value = os.environ.get("ETL_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    if value.lower() in ("true", "1"):
        return True
    return value


def landing_bucket():
    return boto3.client("s3", verify=_verify_setting())


def archive_bucket():
    return boto3.resource("s3", region_name="eu-west-1", use_ssl=False)


def ceph_bucket():
    return boto3.client("s3", endpoint_url="https://rgw.finance.example.com", use_ssl=False)
