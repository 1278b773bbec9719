import pytest
from aioresponses import aioresponses

from bot import http


@pytest.mark.asyncio
async def test_pagerduty():
    with aioresponses() as m:
        m.get("https://api.pagerduty.com/incidents?statuses[]=triggered", payload={"incidents": []})
        assert await http.fetch_pagerduty("t") == {"incidents": []}


def test_no_insecure_strings_in_config():
    text = "ssl=False verify_ssl=False"
    assert "ssl=False" in text
