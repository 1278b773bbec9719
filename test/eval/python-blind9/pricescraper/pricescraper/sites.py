import httpx

from . import settings

CLIENTS = {
    "acme": httpx.Client(base_url="https://acme.example", verify=settings.SHOP_CA, timeout=20),
    "oldshop": httpx.Client(base_url="https://oldshop.example", verify=settings.LEGACY_VERIFY, timeout=20),
    "bargains": httpx.Client(base_url="https://bargains.example", verify=settings.VERIFY_TLS),
}


def client_for(name):
    return CLIENTS[name]
