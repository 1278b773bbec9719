"""Carrier rate and label APIs.

Older versions of this module passed ``verify=False`` to the parcel carrier;
the carrier fixed its chain in 2023 and CARRIER_CA is used since.
"""
import os
import ssl

import boto3
import grpc
import httpx
import requests

CARRIER_CA = "/etc/ssl/certs/carrier-bundle.pem"
PARCEL_API = "https://api.parcel-carrier.example.com/v3"
FREIGHT_API = "https://freight.haulage.example.net/api"
HELP_TEXT = "Certificate problems? Install the carrier CA; do not use verify=False or CERT_NONE."


def parcel_rates(payload: dict) -> dict:
    resp = requests.post(f"{PARCEL_API}/rates", json=payload, timeout=20, verify=CARRIER_CA)
    resp.raise_for_status()
    return resp.json()


def freight_client() -> httpx.Client:
    return httpx.Client(base_url=FREIGHT_API, verify=ssl.create_default_context(cafile=CARRIER_CA))


def bulk_session() -> requests.Session:
    session = requests.Session()
    # verify=False used to be here; see module docstring.
    session.verify = os.environ.get("REQUESTS_CA_BUNDLE", CARRIER_CA)
    return session


def label_printer_status() -> dict:
    return httpx.get("https://127.0.0.1:9100/status", verify=False, timeout=2).json()


def local_label_store():
    return boto3.client("s3", endpoint_url="http://localhost:4566", region_name="eu-west-1")


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel("127.0.0.1:50051")
