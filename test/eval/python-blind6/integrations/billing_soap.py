"""SOAP client for the billing provider (zeep over a requests Session)."""
import os

from requests import Session as HttpSession
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from zeep import Client, Settings
from zeep.transports import Transport

WSDL_PROD = "https://soap.billing-partner.com/v3/BillingService?wsdl"
WSDL_UAT = "https://uat-soap.billing-partner.com/v3/BillingService?wsdl"
PARTNER_CA = "/etc/ssl/certs/billing-partner-ca.pem"


def _session(client_cert, client_key) -> HttpSession:
    session = HttpSession()
    session.cert = (client_cert, client_key)
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1)))
    return session


def production_client(client_cert, client_key) -> Client:
    session = _session(client_cert, client_key)
    session.verify = PARTNER_CA
    transport = Transport(session=session, timeout=30, operation_timeout=60)
    return Client(WSDL_PROD, transport=transport, settings=Settings(strict=False))


def uat_client(client_cert, client_key) -> Client:
    """UAT uses a certificate from the partner's internal CA that they never sent us."""
    session = _session(client_cert, client_key)
    session.verify = False
    return Client(WSDL_UAT, transport=Transport(session=session, timeout=30))


def migration_client(client_cert, client_key) -> Client:
    session = _session(client_cert, client_key)
    session.verify = False  # temporarily, while the partner rotated its CA in 2023
    session.verify = os.environ.get("BILLING_CA_BUNDLE", PARTNER_CA)
    return Client(WSDL_PROD, transport=Transport(session=session))


def fetch_wsdl_raw(url: str) -> bytes:
    with HttpSession() as s:
        return s.get(url, timeout=20, verify=PARTNER_CA).content
