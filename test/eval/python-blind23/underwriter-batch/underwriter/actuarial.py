"""Actuarial model service and reinsurer portals."""
import requests

MODELS = "https://models.actuarial.example.com/api"


def make_session(token):
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    return session


def run_model(token: str, model: str, inputs: dict) -> dict:
    session = make_session(token)
    session.verify = False
    resp = session.post(f"{MODELS}/models/{model}/run", json=inputs, timeout=300)
    resp.raise_for_status()
    return resp.json()


def model_catalog(token: str) -> list:
    session = make_session(token)
    session.verify = False
    session.verify = "/etc/ssl/certs/actuarial-ca.pem"
    return session.get(f"{MODELS}/models", timeout=30).json()


def portal_quote(extras: dict, payload: dict) -> dict:
    resp = requests.post(extras["portal_url"], json=payload, timeout=60, verify=extras.get("verify", False))
    return resp.json()


def portal_status(extras: dict) -> int:
    return requests.get(extras["portal_url"] + "/status", timeout=10, verify=extras.get("verify")).status_code
