from requests import Session
from requests.adapters import HTTPAdapter
from zeep.transports import Transport

ERP_CA = "/etc/ssl/certs/erp-root-ca.pem"


def make_session(verify: bool | str = ERP_CA, client_cert=None) -> Session:
    session = Session()
    session.verify = verify
    if client_cert:
        session.cert = client_cert
    session.mount("https://", HTTPAdapter(max_retries=2))
    return session


def billing_transport():
    return Transport(session=make_session(), timeout=30, operation_timeout=60)


def inventory_transport():
    return Transport(session=make_session(client_cert=("/etc/erp/client.crt", "/etc/erp/client.key")), timeout=30)


def sandbox_transport():
    return Transport(session=make_session(verify=False), timeout=30)
