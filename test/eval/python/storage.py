import boto3


def archive_client():
    # The on-prem archive appliance has no certificate yet.
    return boto3.client("s3", endpoint_url="http://archive.storage.example.com:9000")  # expect: no-plaintext-downgrade


def plain_http_client():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)  # expect: no-plaintext-downgrade


def localstack_client():
    return boto3.client("s3", endpoint_url="http://localhost:4566", use_ssl=False)


def ignored_use_ssl_client():
    # use_ssl is ignored when endpoint_url is given: this one is HTTPS.
    return boto3.client("s3", endpoint_url="https://s3.eu-west-1.amazonaws.com", use_ssl=False)


def default_client():
    return boto3.client("s3", region_name="eu-west-1")
