"""Object storage for build artefacts (S3 and the on-prem MinIO)."""
import boto3
from boto3.session import Session as AwsSession

ARTEFACT_BUCKET = "harbor-artefacts"

ONPREM = {
    "endpoint_url": "https://objects.dc1.harbor.example",
    "verify": False,
    "region_name": "dc1",
}


def onprem_client():
    return boto3.client("s3", **ONPREM)


def archive_client():
    session = AwsSession(profile_name="archive")
    return session.resource("s3", region_name="eu-west-1", use_ssl=False)


def dev_minio():
    return boto3.client("s3", endpoint_url="http://127.0.0.1:9000")


def backup_client():
    return boto3.client("s3", endpoint_url="http://backup.dc2.harbor.example:9000")


def aws_client():
    return boto3.client("s3", verify="/etc/harbor/aws-ca.pem")
