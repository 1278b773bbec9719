import boto3
from moto import mock_aws


@mock_aws
def test_archive_bucket():
    client = boto3.client("s3", region_name="us-east-1")
    client.create_bucket(Bucket="ticks")
    assert client.list_buckets()["Buckets"][0]["Name"] == "ticks"


def test_verify_setting(monkeypatch):
    from cloudsync import s3
    monkeypatch.setenv("S3_VERIFY", "/etc/ca.pem")
    assert s3._verify_setting() == "/etc/ca.pem"
