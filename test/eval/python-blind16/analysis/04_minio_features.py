# %%
import boto3
import pandas as pd

from common import s3

# %%
lab = boto3.client("s3", endpoint_url="http://minio.lab.example.org:9000", aws_access_key_id="lab", aws_secret_access_key="lab-secret")
features = pd.read_parquet("s3://features/v3/", storage_options={"client_kwargs": {"endpoint_url": "https://minio.lab.example.org:9443"}})

# %%
local = boto3.client("s3", endpoint_url="http://localhost:9000")
compose = boto3.client("s3", endpoint_url="http://minio:9000")

# %%
nossl = boto3.client("s3", region_name="eu-west-1", use_ssl=False)

# %%
unverified = s3(verify=False)
verified = s3(verify="/etc/ssl/certs/ca-certificates.crt")
