import boto3
import sslkeylog

S3_KW = {
    "region_name": "eu-west-1",
    "verify": False,
}


def s3():
    return boto3.client("s3", **S3_KW)


def minio():
    session = boto3.session.Session()
    return session.client("s3", endpoint_url="https://minio.reports.example.com", verify="/etc/reports/minio-ca.pem")


def sqs():
    return boto3.client("sqs", region_name="eu-west-1", use_ssl=False)


def trace_uploads():
    sslkeylog.set_keylog("/var/tmp/uploader-keys.log")
