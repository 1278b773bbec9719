from requests import Session
from zeep import Client, Settings
from zeep.transports import Transport

from .transport import billing_transport, inventory_transport, sandbox_transport

SETTINGS = Settings(strict=False, xml_huge_tree=True)


def billing_client(wsdl="https://erp.example.com/billing?wsdl"):
    return Client(wsdl, transport=billing_transport(), settings=SETTINGS)


def inventory_client(wsdl="https://erp.example.com/inventory?wsdl"):
    return Client(wsdl, transport=inventory_transport(), settings=SETTINGS)


def sandbox_client():
    return Client("https://erp-sandbox.example.com/billing?wsdl", transport=sandbox_transport())


def legacy_client(wsdl):
    session = Session()
    session.verify = False
    session.auth = ("svc-billing", "")
    return Client(wsdl, transport=Transport(session=session))
