import datetime

import kopf

from . import webhooks
from .k8s import api_client


@kopf.on.timer("certop.example.com", "v1", "managedcertificates", interval=300)
def check_expiry(spec, name, namespace, **_):
    not_after = datetime.datetime.fromisoformat(spec["notAfter"])
    remaining = not_after - datetime.datetime.now(datetime.timezone.utc)
    if remaining.days < 14:
        webhooks.notify(spec["webhook"], {"certificate": name, "namespace": namespace, "days": remaining.days})
    return {"days": remaining.days}


@kopf.on.startup()
def startup(settings: kopf.OperatorSettings, **_):
    settings.posting.level = 20
    api_client()
