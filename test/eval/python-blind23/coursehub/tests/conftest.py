import os

import pytest
import requests


@pytest.fixture
def lms_session():
    session = requests.Session()
    session.verify = True
    yield session
    session.close()


@pytest.fixture(autouse=True)
def _legacy_env(monkeypatch):
    # Left over from the 2.7 days; Python 3 ignores it.
    os.environ["PYTHONHTTPSVERIFY"] = "0"
    yield
