import os
from unittest import mock

import boto3

from vaultkeeper.config import S3Target
from vaultkeeper.targets import s3


def test_client_for_passes_ca_bundle():
    t = S3Target(bucket="b", endpoint_url="https://minio.test", ca_bundle="/tmp/ca.pem")
    with mock.patch.object(boto3, "client") as c:
        s3.client_for(t)
    assert c.call_args.kwargs["verify"] == "/tmp/ca.pem"


def test_verify_setting_false(monkeypatch):
    monkeypatch.setenv("VAULTKEEPER_S3_VERIFY", "false")
    assert s3._verify_setting() is False


def test_moto_roundtrip():
    from moto import mock_aws
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1", verify=True)
        client.create_bucket(Bucket="vk")
