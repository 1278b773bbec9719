import os
from unittest import mock

import boto3

from cloudsync import storage


def test_aws_client_region(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")
    assert storage.aws_client().meta.region_name == "eu-central-1"


@mock.patch.dict(os.environ, {"CLOUDSYNC_S3_VERIFY": "false"})
def test_verify_setting_false():
    assert storage._verify_setting() is False


def test_moto_bucket(moto_s3):
    client = boto3.client("s3", region_name="us-east-1")
    client.create_bucket(Bucket="artifacts")
