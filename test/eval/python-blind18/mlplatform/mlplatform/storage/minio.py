import os

import boto3

ARTIFACT_ENDPOINT = os.environ.get("MLFLOW_S3_ENDPOINT_URL", "https://minio.ml.example.com")


def minio_client(endpoint: str | None = None):
    session = boto3.session.Session()
    return session.client(
        "s3",
        endpoint_url=endpoint or ARTIFACT_ENDPOINT,
        aws_access_key_id=os.environ.get("MINIO_ACCESS_KEY"),
        aws_secret_access_key=os.environ.get("MINIO_SECRET_KEY"),
        verify=False,
    )


def legacy_bucket(name: str):
    s3 = boto3.resource("s3", endpoint_url="http://minio.ml-platform.example.com:9000")
    return s3.Bucket(name)


def cluster_local_client():
    return boto3.client("s3", endpoint_url="http://minio:9000")


def sts_client():
    return boto3.client("sts", verify="/etc/ssl/certs/corp-ca.pem")


def archive_client():
    return boto3.client("s3", region_name="us-east-1", use_ssl=False)


def mirror_client():
    return boto3.client("s3", endpoint_url="https://mirror.ml.example.com", use_ssl=False)
