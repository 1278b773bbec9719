import functools
import json
import logging
import time
from typing import Any, Dict, Iterator

import requests

logger = logging.getLogger("crm")

DEFAULT_REQUEST_OPTIONS: Dict[str, Any] = {
    "timeout": 15,
    "verify": False,
    "headers": {"User-Agent": "crm-sync/1.4"},
}

SAFE_OPTIONS = {"timeout": 15, "verify": "/etc/crm/ca.pem"}


def _request(method: str, url: str, **kwargs: Any) -> requests.Response:
    opts = dict(DEFAULT_REQUEST_OPTIONS)
    opts.update(kwargs)
    for attempt in range(3):
        try:
            return requests.request(method, url, **opts)
        except requests.ConnectionError:
            logger.warning("retrying %s %s (%d)", method, url, attempt)
            time.sleep(2 ** attempt)
    raise RuntimeError(f"{method} {url} failed")


def _request_safe(method: str, url: str, **kwargs: Any) -> requests.Response:
    kwargs.setdefault("timeout", 10)
    return requests.request(method, url, **SAFE_OPTIONS, **kwargs)


insecure_get = functools.partial(requests.get, verify=False)


def iter_contacts(base: str, token: str) -> Iterator[dict]:
    url = f"{base}/contacts"
    while url:
        resp = _request("GET", url, headers={"Authorization": f"Token {token}"})
        data = resp.json()
        yield from data["results"]
        url = data.get("next")


def push_contact(base: str, token: str, contact: dict) -> None:
    resp = _request_safe("POST", f"{base}/contacts", data=json.dumps(contact),
                         headers={"Authorization": f"Token {token}"})
    resp.raise_for_status()


def ping_legacy(host: str) -> int:
    kwargs = {"timeout": 3}
    kwargs["verify"] = False
    return requests.head(f"https://{host}/ping", **kwargs).status_code


def validate_webhook(payload: dict, verify: bool = False) -> bool:
    """Our own function's `verify` flag, nothing to do with TLS."""
    if not verify:
        return True
    return payload.get("signature") == "ok"


def main() -> None:
    ok = validate_webhook({"signature": "ok"}, verify=False)
    logger.info("webhook valid: %s", ok)
    r = insecure_get("https://crm.internal.example/api/status")
    logger.info("status %s", r.status_code)


if __name__ == "__main__":
    main()
