"""`!deploy <service>`: trigger the ArgoCD sync via its API."""
import os

import requests

from ..rtm import RTMClient

ARGOCD = os.environ.get("ARGOCD_URL", "https://argocd.acme.internal")
VERIFY = os.environ.get("OPSBOT_ARGOCD_VERIFY", "1") == "1"


def _session():
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + os.environ["ARGOCD_TOKEN"]
    s.verify = VERIFY
    return s


def handle(args):
    app = args[0]
    r = _session().post(f"{ARGOCD}/api/v1/applications/{app}/sync", json={"prune": False}, timeout=20)
    return f"sync {app}: {r.status_code}"


def status(app):
    with requests.Session() as s:
        s.headers["Authorization"] = "Bearer " + os.environ["ARGOCD_TOKEN"]
        r = s.get(f"{ARGOCD}/api/v1/applications/{app}", verify=False, timeout=20)
        return r.json()["status"]["sync"]["status"]


def listen(token):
    client = RTMClient("wss://chat.acme.internal/api/v4/websocket", token, on_message=print)
    return client.run()
