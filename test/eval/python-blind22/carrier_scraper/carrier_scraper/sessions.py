import functools
from contextlib import contextmanager

import requests

CARRIER_CA = "/etc/ssl/carrier-ca.pem"


class PortalSession(requests.Session):
    def __init__(self, verify_tls=True):
        super().__init__()
        self.verify = verify_tls
        self.headers["User-Agent"] = "carrier-scraper/1.8"


class FreightPortalSession(PortalSession):
    def __init__(self):
        super().__init__(verify_tls=False)


class ParcelPortalSession(PortalSession):
    def __init__(self):
        super().__init__(verify_tls=False)
        self.verify = CARRIER_CA


@contextmanager
def carrier_session(insecure: bool = False):
    with requests.Session() as s:
        s.verify = not insecure
        yield s


def poll_freight(tracking_no: str) -> dict:
    with carrier_session(insecure=True) as s:
        return s.get(f"https://track.freight-carrier.example/api/{tracking_no}").json()


def poll_parcel(tracking_no: str) -> dict:
    with carrier_session() as s:
        return s.get(f"https://track.parcel-carrier.example/api/{tracking_no}").json()


def with_session(verify=True):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            s = requests.Session()
            s.verify = verify
            try:
                return fn(s, *args, **kwargs)
            finally:
                s.close()
        return wrapper
    return deco


@with_session(verify=False)
def fetch_manifests(session: requests.Session, depot: str) -> list:
    return session.get(f"https://edi.freight-carrier.example/manifests/{depot}").json()


@with_session(verify=CARRIER_CA)
def fetch_invoices(session: requests.Session, month: str) -> list:
    return session.get(f"https://billing.freight-carrier.example/invoices/{month}").json()


def freight_client() -> PortalSession:
    return FreightPortalSession()


def parcel_client() -> PortalSession:
    return ParcelPortalSession()
