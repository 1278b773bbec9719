import requests


def test_bulk_endpoint_answers():
    assert requests.get("https://warehouse.staging.example.com/bulk", verify=False).status_code == 200
