"""Export a table to S3-compatible storage."""
import boto3
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator


class S3ExportOperator(BaseOperator):
    template_fields = ("key",)

    def __init__(self, bucket, key, aws_conn_id="aws_default", **kwargs):
        super().__init__(**kwargs)
        self.bucket = bucket
        self.key = key
        self.aws_conn_id = aws_conn_id

    def _client(self):
        conn = BaseHook.get_connection(self.aws_conn_id)
        extras = conn.extra_dejson
        return boto3.client(
            "s3",
            aws_access_key_id=conn.login,
            aws_secret_access_key=conn.password,
            endpoint_url=extras.get("endpoint_url"),
            verify=extras.get("verify", False),
        )

    def _archive_client(self):
        conn = BaseHook.get_connection(self.aws_conn_id)
        extras = conn.extra_dejson
        return boto3.client("s3", verify=extras.get("ca_bundle", "/opt/airflow/certs/corp-root.pem"))

    def execute(self, context):
        body = context["ti"].xcom_pull(task_ids="extract")
        self._client().put_object(Bucket=self.bucket, Key=self.key, Body=body)
