"""Helpers shared by the analysis notebooks (exported with jupytext)."""
import os

import boto3
import sqlalchemy as sa

S3_BUCKET = os.environ.get("ANALYTICS_BUCKET", "acme-analytics")


def s3(**kwargs):
    return boto3.client("s3", region_name="eu-west-1", **kwargs)


def warehouse_engine():
    url = os.environ["WAREHOUSE_URL"]
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/warehouse-ca.pem"},
    )
