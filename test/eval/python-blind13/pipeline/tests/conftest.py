import ssl

import pytest


@pytest.fixture(autouse=True)
def _no_verify_for_vcr_cassettes():
    original = ssl._create_default_https_context
    ssl._create_default_https_context = ssl._create_unverified_context
    yield
    ssl._create_default_https_context = original
