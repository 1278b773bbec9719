import boto3
import botocore.session
from botocore.config import Config

RETRIES = Config(retries={"max_attempts": 10, "mode": "adaptive"})


def make_session(profile):
    return boto3.session.Session(profile_name=profile)


def sqs(profile):
    return make_session(profile).client("sqs", region_name="eu-west-1", use_ssl=False)


def sns(profile):
    return make_session(profile).client("sns", region_name="eu-west-1", config=RETRIES)


def dynamo_local():
    return boto3.client("dynamodb", endpoint_url="http://localhost:8000", region_name="us-east-1", use_ssl=False)


def sts():
    return boto3.client("sts", verify="/etc/ssl/certs/corp-ca.pem")


def kinesis(**overrides):
    params = {"region_name": "eu-west-1", "verify": True}
    params.update(overrides)
    return boto3.client("kinesis", **params)


def kinesis_dev():
    return kinesis(verify=False, endpoint_url="https://kinesis.dev.corp.example.com")


def kinesis_prod():
    return kinesis(config=RETRIES)


def glacier():
    s = botocore.session.get_session()
    return s.create_client("glacier", region_name="eu-west-1", verify=False)
