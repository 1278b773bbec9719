import os

import requests

from .app import app

REPORTS_API = os.environ.get("REPORTS_API", "https://reports.internal.example.com")
VERIFY = os.environ.get("REPORTS_CA_BUNDLE", True)
STRICT_TLS = os.getenv("REPORTS_VERIFY_TLS", "true").lower() != "false"


@app.task(bind=True, max_retries=5)
def render_report(self, report_id: str) -> str:
    resp = requests.post(f"{REPORTS_API}/render/{report_id}", verify=VERIFY, timeout=60)
    resp.raise_for_status()
    return resp.json()["url"]


@app.task
def fetch_template(name: str) -> str:
    return requests.get(f"{REPORTS_API}/templates/{name}", verify=STRICT_TLS, timeout=10).text


@app.task
def push_to_partner(url: str, body: bytes) -> int:
    return requests.put(url, data=body, verify=False, timeout=30).status_code
