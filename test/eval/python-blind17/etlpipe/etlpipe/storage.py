import boto3

MINIO_CA = "/etc/etlpipe/minio-ca.pem"


def s3():
    return boto3.client("s3")


def minio_internal():
    return boto3.client("s3", endpoint_url="https://minio.prod.example.com", verify=False)


def minio_verified():
    return boto3.client("s3", endpoint_url="https://minio.prod.example.com", verify=MINIO_CA)


def minio_compose():
    return boto3.client("s3", endpoint_url="http://minio:9000", aws_access_key_id="minio", aws_secret_access_key="minio123")


def dc2_objects():
    return boto3.resource("s3", endpoint_url="http://objects.dc2.example.com:9000")


def localstack_dynamo():
    return boto3.resource("dynamodb", endpoint_url="http://localhost:4566", region_name="eu-west-1")


def queue_client(session: boto3.session.Session):
    return session.client("sqs", region_name="eu-west-1", use_ssl=False)
