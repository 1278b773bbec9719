import pytest


@pytest.fixture
def entry_data():
    return {"host": "192.168.1.40", "token": "abc", "verify_ssl": False}
