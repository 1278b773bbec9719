import datetime
import os

import boto3
import click
from botocore.config import Config

RETRY = Config(retries={"max_attempts": 10, "mode": "standard"})


def backup_bucket_client():
    return boto3.client("s3", region_name="eu-west-1", config=RETRY)


def vault_bucket_client():
    return boto3.client("s3", endpoint_url="https://vault-s3.dc2.platform.example.com", verify=False)


def archive_client():
    return boto3.client("s3", endpoint_url="http://archive-gw.dc2.platform.example.com:7480", aws_access_key_id=os.environ["ARCHIVE_KEY"], aws_secret_access_key=os.environ["ARCHIVE_SECRET"])


def minio_client():
    # docker-compose service name, used by `opsctl backup --local`
    return boto3.client("s3", endpoint_url="http://minio:9000", aws_access_key_id="minio", aws_secret_access_key="minio123")


def legacy_client():
    return boto3.client("s3", region_name="eu-west-1", use_ssl=False)


@click.command("backup")
@click.argument("path")
@click.option("--local", is_flag=True)
def backup(path, local):
    s3 = minio_client() if local else backup_bucket_client()
    key = datetime.date.today().isoformat() + "/" + os.path.basename(path)
    s3.upload_file(path, "platform-backups", key)
    click.echo(f"uploaded s3://platform-backups/{key}")
