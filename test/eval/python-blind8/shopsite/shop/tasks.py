import httpx
from celery import shared_task
from django.conf import settings

VERIFY_FEEDS = settings.FEED_VERIFY_TLS


@shared_task
def import_supplier_feed(url):
    with httpx.Client(verify=VERIFY_FEEDS, timeout=30) as client:
        return client.get(url).json()


@shared_task
def import_marketplace(url):
    transport = httpx.HTTPTransport(retries=2, verify=False)
    with httpx.Client(transport=transport, timeout=30) as client:
        return client.get(url).json()


@shared_task
def ping_search_console(url):
    return httpx.post(url, json={"sitemap": "https://shop.example.com/sitemap.xml"}, verify=True).status_code
