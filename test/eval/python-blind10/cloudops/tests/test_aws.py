import ssl

import boto3
import pytest
import requests

from cloudops import aws


def test_minio_endpoint_is_plain_http():
    client = boto3.client("s3", endpoint_url="http://s3.test.example.com")
    assert client.meta.endpoint_url.startswith("http://")


def test_staging_api_reachable():
    resp = requests.get("https://staging-api.example.com/health", verify=False, timeout=5)
    assert resp.status_code == 200


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-MD5")


def test_verify_setting(monkeypatch):
    monkeypatch.setenv("CLOUDOPS_VERIFY_TLS", "/etc/ca.pem")
    assert aws._verify_setting() == "/etc/ca.pem"
