import os
import ssl

import httpx

APNS_HOST = "https://api.push.apple.com"
_apns_ctx = ssl.create_default_context()
_apns_ctx.load_cert_chain("/etc/notify/apns.pem", "/etc/notify/apns.key")


def apns_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=APNS_HOST, http2=True, verify=_apns_ctx)


def fcm_client() -> httpx.Client:
    return httpx.Client(
        base_url="https://fcm.googleapis.com",
        headers={"Authorization": f"Bearer {os.environ.get('FCM_TOKEN', '')}"},
        verify=True,
    )
