from .aio import fetch_all
from .httpx_fetch import get

FETCHERS = {"aio": fetch_all, "httpx": get}
