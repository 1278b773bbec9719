import os

import requests

SLACK_HOOK = os.environ.get("DEPLOYCTL_SLACK_HOOK", "")


def notify_slack(text):
    if not SLACK_HOOK:
        return
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5, verify=os.environ.get("DEPLOYCTL_CA", True))


def notify_chatops(text):
    with requests.Session() as s:
        s.headers["X-Token"] = os.environ["CHATOPS_TOKEN"]
        s.post("https://chatops.internal.example/api/notify", json={"text": text}, verify=False)


def notify_statuspage(text):
    with requests.Session() as s:
        s.verify = False
        s.verify = "/etc/deployctl/statuspage-ca.pem"
        s.post("https://status.internal.example/api/incidents", json={"body": text})
