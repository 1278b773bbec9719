import json
import ssl
import urllib.request

from .tls import client_context


def push(url, payload):
    req = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=5, context=client_context()) as resp:
        return resp.status


def scrape_local(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as resp:
        return resp.read().decode()


def lab_opener():
    handler = urllib.request.HTTPSHandler(context=ssl.create_default_context(), check_hostname=False)
    return urllib.request.build_opener(handler)


def enable_wire_debugging(ctx):
    ctx.keylog_filename = "/var/tmp/edge-tls.keys"
    return ctx
