import logging
import os
from typing import Any, Iterator
from urllib.parse import urljoin

import requests

log = logging.getLogger(__name__)

GHE_URL = os.getenv("GHE_URL", "https://github.corp.example.com/api/v3/")
GHE_TOKEN = os.getenv("GHE_TOKEN", "")
GHE_INSECURE = os.getenv("GHE_INSECURE", "0") == "1"


class GHESession(requests.Session):
    """Session bound to our GitHub Enterprise with the token and a default timeout."""

    def __init__(self, base: str = GHE_URL, token: str = GHE_TOKEN, timeout: float = 15) -> None:
        super().__init__()
        self.base = base
        self.timeout = timeout
        self.headers.update({"Authorization": f"token {token}", "Accept": "application/vnd.github+json"})
        self.verify = False

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, urljoin(self.base, url), *args, **kwargs)


def paginate(session: requests.Session, path: str) -> Iterator[dict]:
    url: str | None = path
    while url:
        r = session.get(url)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")


def repos(org: str) -> list[str]:
    with GHESession() as s:
        return [r["full_name"] for r in paginate(s, f"orgs/{org}/repos")]


def public_repos(user: str) -> list[str]:
    r = requests.get(f"https://api.github.com/users/{user}/repos", verify=os.environ.get("REQUESTS_CA_BUNDLE", True))
    return [x["name"] for x in r.json()]


def webhook_ping(hook_url: str, payload: dict[str, Any]) -> int:
    opts: dict[str, Any] = {"json": payload, "timeout": 5}
    if GHE_INSECURE:
        opts["verify"] = False
    return requests.post(hook_url, **opts).status_code
