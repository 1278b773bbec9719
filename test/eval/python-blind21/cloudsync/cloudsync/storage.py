import os

import boto3

from .config import ArchiveConfig, LegacyCephConfig, MinioConfig, PinnedCephConfig


def client_for(cfg):
    return boto3.client(
        "s3",
        region_name=cfg.region,
        endpoint_url=cfg.endpoint_url,
        verify=cfg.verify,
        use_ssl=cfg.use_ssl,
    )


CLIENTS = {
    "minio": client_for(MinioConfig()),
    "ceph": client_for(LegacyCephConfig()),
    "ceph-pinned": client_for(PinnedCephConfig()),
    "archive": client_for(ArchiveConfig()),
}


def _verify_setting():
    value = os.environ.get("S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return True if value.lower() == "true" else value


def reports_bucket(name="corp-reports"):
    s3 = boto3.resource("s3", verify=_verify_setting())
    return s3.Bucket(name)


def sync(src_prefix, dst_prefix, target="ceph-pinned"):
    client = CLIENTS[target]
    for page in client.get_paginator("list_objects_v2").paginate(Bucket="sync", Prefix=src_prefix):
        for obj in page.get("Contents", []):
            client.copy_object(
                Bucket="sync",
                Key=dst_prefix + obj["Key"][len(src_prefix):],
                CopySource={"Bucket": "sync", "Key": obj["Key"]},
            )
