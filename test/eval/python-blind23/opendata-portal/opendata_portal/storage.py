"""Object storage for dataset snapshots."""
import os

import boto3


def _verify_setting():
    value = os.environ.get("SNAPSHOT_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    if value.lower() == "true":
        return None
    return value


def snapshot_bucket():
    s3 = boto3.client("s3", region_name="eu-west-1", verify=_verify_setting())
    return s3


def publication_bucket():
    return boto3.client("s3", region_name="eu-west-1", verify="/etc/ssl/certs/gov-root-ca.pem")


def archive_store():
    return boto3.client(
        "s3",
        endpoint_url="http://objects.archives.opendata.example.gov:9000",
        aws_access_key_id=os.environ["ARCHIVE_KEY"],
        aws_secret_access_key=os.environ["ARCHIVE_SECRET"],
    )


def scratch_store():
    # MinIO sidecar inside the harvester pod network.
    return boto3.resource("s3", endpoint_url="http://minio:9000")


def legacy_exports():
    return boto3.client("s3", region_name="eu-west-1", use_ssl=False)
