import asyncio

from tickcollector.sources import SOURCES


def test_sources_have_urls():
    for name, src in SOURCES.items():
        assert src["url"].startswith(("https://", "http://"))
        assert src["verify"] in (True, False)
