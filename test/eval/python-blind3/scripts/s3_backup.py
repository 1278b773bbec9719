"""Nightly backup of the uploads bucket to the DR site and the on-prem MinIO."""
import datetime
import os

import boto3
import botocore.config
from boto3.session import Session as AwsSession

DR_REGION = "eu-central-1"
MINIO_ENDPOINT = "http://minio.backup.example.net:9000"


def dr_client():
    session = AwsSession(profile_name="dr")
    return session.client("s3", region_name=DR_REGION, verify=False)


def minio_client():
    return boto3.client(
        "s3",
        endpoint_url=MINIO_ENDPOINT,
        aws_access_key_id=os.environ["MINIO_KEY"],
        aws_secret_access_key=os.environ["MINIO_SECRET"],
    )


def local_minio_client():
    return boto3.client("s3", endpoint_url="http://localhost:9000")


def archive_resource():
    return boto3.resource(
        "s3",
        region_name="us-east-1",
        use_ssl=False,
        config=botocore.config.Config(retries={"max_attempts": 5}),
    )


def audit_client():
    return boto3.client("s3", verify="/etc/ssl/certs/corp-proxy-ca.pem")


def run():
    stamp = datetime.date.today().isoformat()
    src = boto3.client("s3")
    for obj in src.list_objects_v2(Bucket="uploads").get("Contents", []):
        body = src.get_object(Bucket="uploads", Key=obj["Key"])["Body"].read()
        for dst in (dr_client(), minio_client()):
            dst.put_object(Bucket="uploads-backup", Key=f"{stamp}/{obj['Key']}", Body=body)
    archive_resource().Bucket("uploads-archive").put_object(Key=f"{stamp}.done", Body=b"")


if __name__ == "__main__":
    run()
