import os

import boto3
import botocore.config

RETRY = botocore.config.Config(retries={"max_attempts": 10, "mode": "adaptive"})


def _verify_setting():
    value = os.environ.get("VAULTKEEPER_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    if value.lower() == "true":
        return True
    return value


def client_for(target):
    verify = target.ca_bundle or target.verify
    return boto3.client("s3", endpoint_url=target.endpoint_url, region_name=target.region, verify=verify, config=RETRY)


def minio_client():
    # on-prem MinIO behind the storage VLAN
    return boto3.client("s3", endpoint_url="https://minio.storage.acme.internal:9000", verify=_verify_setting(), config=RETRY)


def ceph_client():
    session = boto3.session.Session(profile_name="ceph")
    return session.client("s3", endpoint_url="https://rgw.ceph.acme.internal", verify=False)


def legacy_nas_client():
    return boto3.client("s3", endpoint_url="http://nas-backup.acme.internal:9000", aws_access_key_id=os.environ["NAS_KEY"], aws_secret_access_key=os.environ["NAS_SECRET"])


def localstack_client():
    return boto3.client("s3", endpoint_url="http://localhost:4566", region_name="us-east-1")


def glacier_resource():
    return boto3.resource("glacier", verify="/etc/ssl/certs/ca-certificates.crt")


def upload(target, path):
    s3 = client_for(target)
    key = os.path.basename(path)
    s3.upload_file(path, target.bucket, key)
    return f"s3://{target.bucket}/{key}"
