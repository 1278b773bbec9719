import boto3
from moto import mock_aws

from cloudops import aws


@mock_aws
def test_legacy_table_roundtrip():
    client = boto3.client("dynamodb", region_name="eu-west-1")
    client.create_table(
        TableName="t",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    assert aws.kms_client("eu-west-1") is not None


def test_verify_setting_defaults_to_none(monkeypatch):
    monkeypatch.delenv("CLOUDOPS_AWS_VERIFY", raising=False)
    assert aws._verify_setting() is None
