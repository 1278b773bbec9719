import logging

import requests
from celery import shared_task
from django.conf import settings

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def push_order_to_erp(self, order_id, payload):
    try:
        resp = requests.post(
            f"{settings.ERP_BASE_URL}/orders/{order_id}",
            json=payload,
            timeout=15,
            verify=settings.ERP_CA_BUNDLE,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)


@shared_task
def refresh_exchange_rates():
    resp = requests.get("https://rates.fx-provider.example/v2/latest", timeout=10, verify=False)
    return resp.json()["rates"]


@shared_task
def ping_warehouse():
    with requests.Session() as wh:
        wh.verify = "/etc/ssl/certs/warehouse-ca.pem"
        return wh.get("https://wms.partner.example.com/ping", timeout=5).ok
