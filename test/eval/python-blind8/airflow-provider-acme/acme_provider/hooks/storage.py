import boto3
from airflow.hooks.base import BaseHook


def _verify_setting(extras):
    value = str(extras.get("verify", "true"))
    if value.lower() in ("false", "0", "no"):
        return False
    if value.lower() == "true":
        return None
    return value


class AcmeStorageHook(BaseHook):
    conn_name_attr = "acme_storage_conn_id"
    default_conn_name = "acme_storage_default"

    def __init__(self, acme_storage_conn_id=default_conn_name):
        super().__init__()
        self.conn_id = acme_storage_conn_id

    def get_client(self):
        conn = self.get_connection(self.conn_id)
        extras = conn.extra_dejson
        return boto3.client(
            "s3",
            endpoint_url=extras.get("endpoint_url"),
            verify=_verify_setting(extras),
            aws_access_key_id=conn.login,
            aws_secret_access_key=conn.password,
        )

    def get_archive_resource(self):
        return boto3.resource("s3", endpoint_url="http://minio.acme-archive.example.com:9000")

    def get_local_resource(self):
        return boto3.resource("s3", endpoint_url="http://localhost:9000")

    def get_sidecar_client(self):
        return boto3.client("s3", endpoint_url="http://minio:9000")

    def get_queue(self):
        return boto3.client("sqs", region_name="eu-central-1", use_ssl=False)

    def get_sts(self):
        return boto3.client("sts", use_ssl=False, endpoint_url="https://sts.eu-central-1.amazonaws.com")
