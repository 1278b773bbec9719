import os

import boto3
import httpx


def archive_transport() -> httpx.HTTPTransport:
    return httpx.HTTPTransport(verify=False, retries=3)


def default_transport() -> httpx.HTTPTransport:
    return httpx.HTTPTransport(verify=os.getenv("RELAY_CA_BUNDLE", True), retries=3)


def client_from_connection(extras: dict) -> httpx.Client:
    return httpx.Client(verify=extras.get("verify", False), timeout=extras.get("timeout", 10))


def client_from_connection_safe(extras: dict) -> httpx.Client:
    return httpx.Client(verify=extras.get("ca_bundle", True), timeout=10)


def stream_export(url: str):
    with httpx.stream("GET", url, verify=False, timeout=60) as resp:
        yield from resp.iter_bytes()


def _s3_verify_setting():
    value = os.getenv("RELAY_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return True if value.lower() == "true" else value


def payload_bucket():
    return boto3.client("s3", verify=_s3_verify_setting())
