import boto3

_session = boto3.session.Session(profile_name="lab")


def archive_client():
    return _session.client("s3", endpoint_url="https://minio.lab.example:9000", verify=False)


def push_results(bucket: str, verify=True) -> None:
    s3 = boto3.client("s3", endpoint_url="https://minio.lab.example:9000", verify=verify)
    s3.upload_file("results.parquet", bucket, "results.parquet")


raw_minio = boto3.client("s3", endpoint_url="http://minio.lab.example:9000")
dev_minio = boto3.client("s3", endpoint_url="http://localhost:9000")
compose_minio = boto3.client("s3", endpoint_url="http://minio:9000")
no_tls = boto3.client("s3", region_name="eu-west-1", use_ssl=False)
ignored_flag = boto3.client("s3", use_ssl=False, endpoint_url="https://minio.lab.example:9000")
verified = boto3.resource("s3", endpoint_url="https://minio.lab.example:9000", verify="/etc/lab/ca.pem")
