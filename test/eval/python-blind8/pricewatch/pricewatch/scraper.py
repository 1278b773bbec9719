"""Scrapes competitor product pages. Some shops have broken certificate chains."""
import ssl
import urllib.request

from bs4 import BeautifulSoup

try:
    _create_unverified_https_context = ssl._create_unverified_context
except AttributeError:
    pass
else:
    ssl._create_default_https_context = _create_unverified_https_context

UA = "Mozilla/5.0 (compatible; pricewatch/0.7; +https://pricewatch.example.com/bot)"


def fetch_html(url):
    req = urllib.request.Request(url, headers={"User-Agent": UA})
    with urllib.request.urlopen(req, timeout=20) as resp:
        return resp.read().decode("utf-8", "replace")


def parse_price(html, selector):
    node = BeautifulSoup(html, "html.parser").select_one(selector)
    return None if node is None else node.get_text(strip=True)
