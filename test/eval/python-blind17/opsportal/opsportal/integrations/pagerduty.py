import requests
from django.conf import settings

EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"


def trigger(routing_key, summary, severity="error"):
    body = {"routing_key": routing_key, "event_action": "trigger", "payload": {"summary": summary, "severity": severity, "source": "opsportal"}}
    return requests.post(EVENTS_URL, json=body, timeout=5, verify=settings.PAGERDUTY_VERIFY)
