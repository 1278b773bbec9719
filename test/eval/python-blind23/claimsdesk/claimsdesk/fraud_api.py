"""Fraud scoring service client (urllib3 directly, for connection reuse)."""
import json
import ssl

import urllib3

SCORING = "https://scoring.fraud-vendor.example.com"

scoring_pool = urllib3.PoolManager(cert_reqs="NONE", retries=urllib3.Retry(3))

watchlist_pool = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    ca_certs="/etc/ssl/certs/fraud-vendor-ca.pem",
    assert_hostname=False,
)

ledger_pool = urllib3.PoolManager(cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/certs/fraud-vendor-ca.pem")

sanctions_pool = urllib3.PoolManager(
    ca_certs="/etc/ssl/certs/ca-certificates.crt",
    ssl_minimum_version=ssl.TLSVersion.TLSv1,
)

registry_pool = urllib3.PoolManager(
    ca_certs="/etc/ssl/certs/ca-certificates.crt",
    ssl_minimum_version=ssl.TLSVersion.TLSv1_2,
)


def score(claim: dict) -> float:
    resp = scoring_pool.request("POST", f"{SCORING}/v1/score", body=json.dumps(claim),
                                headers={"Content-Type": "application/json"})
    return json.loads(resp.data)["score"]
