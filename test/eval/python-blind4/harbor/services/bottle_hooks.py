"""Bottle webhook receiver that forwards events upstream."""
import os

import requests
from bottle import Bottle, request

app = Bottle()

UPSTREAM = os.environ.get("UPSTREAM_URL", "https://events.harbor.example/ingest")
VERIFY_UPSTREAM = os.getenv("UPSTREAM_VERIFY", "1") != "0"


@app.post("/hook")
def hook():
    requests.post(UPSTREAM, json=request.json, timeout=5, verify=VERIFY_UPSTREAM)
    return {"ok": True}


@app.get("/health")
def health():
    r = requests.get("https://localhost:8443/ping", verify="/etc/harbor/local-ca.pem")
    return {"upstream": r.status_code}


def replay(events, verify=False):
    for ev in events:
        requests.post(UPSTREAM, json=ev, timeout=5, verify=verify)


def replay_all(events):
    replay(events)
