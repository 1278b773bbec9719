import requests


def test_bulk_endpoint_answers():
    assert requests.get("https://localhost:8443/bulk", verify=False).status_code == 200
