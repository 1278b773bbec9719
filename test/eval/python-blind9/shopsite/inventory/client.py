import requests

from . import conf


def stock_level(sku):
    resp = requests.get(
        f"{conf.INVENTORY_URL}/stock/{sku}",
        timeout=conf.INVENTORY_TIMEOUT,
        verify=conf.INVENTORY_VERIFY,
    )
    resp.raise_for_status()
    return resp.json()["available"]


def reserve(sku, quantity):
    resp = requests.post(
        f"{conf.INVENTORY_URL}/reservations",
        json={"sku": sku, "quantity": quantity},
        timeout=conf.INVENTORY_TIMEOUT,
        verify=conf.INVENTORY_CA,
    )
    resp.raise_for_status()
    return resp.json()


def describe(session):
    if session.verify is False:
        return "unverified"
    return "verified"
