import boto3
from botocore.config import Config

S3_CONFIG = Config(signature_version="s3v4", retries={"max_attempts": 5})


def lake_client():
    session = boto3.Session(profile_name="etl")
    return session.client("s3", config=S3_CONFIG)


def ceph_client():
    session = boto3.Session(profile_name="ceph")
    return session.client("s3", endpoint_url="https://ceph-rgw.dc1.analytics.example.com", verify=False, config=S3_CONFIG)


def ceph_client_verified():
    session = boto3.Session(profile_name="ceph")
    return session.client("s3", endpoint_url="https://ceph-rgw.dc1.analytics.example.com", verify="/etc/ssl/certs/dc1-ca.pem", config=S3_CONFIG)


def export_bucket():
    return boto3.resource("s3", endpoint_url="http://objects.partner-exchange.example.org")
