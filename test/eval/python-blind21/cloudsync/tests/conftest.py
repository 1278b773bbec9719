import boto3
import pytest


@pytest.fixture
def s3_local():
    return boto3.client("s3", endpoint_url="http://127.0.0.1:4566", region_name="us-east-1")


@pytest.fixture
def s3_stage():
    return boto3.client("s3", endpoint_url="https://s3.stage.corp.example.com", verify=False)
