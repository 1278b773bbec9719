"""LTI 1.3 launches and grade passback to the partner LMS."""
import logging

import requests

log = logging.getLogger(__name__)

LMS_BASE = "https://lms.partner-university.example.edu"

REQUEST_OPTS = {
    "timeout": 15,
    "verify": False,
}

TOKEN_OPTS = {
    "timeout": 15,
    "verify": "/etc/ssl/certs/partner-university-ca.pem",
}


def fetch_token(client_id: str, assertion: str) -> str:
    resp = requests.post(
        f"{LMS_BASE}/login/oauth2/token",
        data={"grant_type": "client_credentials", "client_assertion": assertion, "client_id": client_id},
        **TOKEN_OPTS,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def jwks(issuer: str) -> dict:
    return requests.get(f"{issuer}/.well-known/jwks.json", timeout=10, verify=True).json()


def post_score(lineitem_url: str, token: str, score: dict) -> None:
    resp = requests.post(
        f"{lineitem_url}/scores",
        json=score,
        headers={"Authorization": f"Bearer {token}"},
        **REQUEST_OPTS,
    )
    if resp.status_code >= 400:
        log.warning("grade passback failed: %s", resp.text[:200])
