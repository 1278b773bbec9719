# %% [markdown]
# # Sales: load raw exports from S3

# %%
import io

import boto3
import pandas as pd

from common import S3_BUCKET, s3

# %%
client = s3()
obj = client.get_object(Bucket=S3_BUCKET, Key="exports/sales/2026-11.csv")
sales = pd.read_csv(io.BytesIO(obj["Body"].read()), parse_dates=["day"])

# %%
# The on-prem archive (Ceph RGW) has a self-signed cert
archive = boto3.client("s3", endpoint_url="https://rgw.archive.example.internal", verify=False)
old = pd.read_parquet(io.BytesIO(archive.get_object(Bucket="archive", Key="sales-2019.parquet")["Body"].read()))

# %%
vendor = boto3.resource("s3", verify="/etc/ssl/certs/vendor-ca.pem").Bucket("vendor-drop")
summary = sales.groupby("region")["total"].sum()
summary.head()
