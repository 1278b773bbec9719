import requests
import responses

from orders.services import ShippingClient


@responses.activate
def test_quote_uses_session(settings):
    settings.SHIPPING_API_URL = "https://shipper.test"
    responses.add(responses.POST, "https://shipper.test/quotes", json={"price": 12})
    session = requests.Session()
    client = ShippingClient(session=session)
    assert client.quote({"weight": 1})["price"] == 12


def test_quote_against_sandbox():
    session = requests.Session()
    session.verify = False
    client = ShippingClient(base_url="https://sandbox.shipper.example.com/v3", session=session)
    assert client.session is session
