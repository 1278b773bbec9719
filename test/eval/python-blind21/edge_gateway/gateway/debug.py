import os
import subprocess


def enable_debug():
    if os.environ.get("GATEWAY_DEBUG_TLS") == "1":
        os.environ["SSLKEYLOGFILE"] = "/tmp/gateway-keys.log"


def capture_for_support(ctx):
    ctx.keylog_filename = "/var/log/gateway/tls-keys.log"
    return ctx


def follow_operator(ctx):
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx


def curl_probe(url):
    return subprocess.run(
        ["curl", "-sS", url],
        env={**os.environ, "SSLKEYLOGFILE": "/tmp/curl-keys.log"},
        check=False,
    )
