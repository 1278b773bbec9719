import os
import subprocess

import sslkeylog


def enable_keylog() -> None:
    sslkeylog.set_keylog("/tmp/opscli-keys.log")


def enable_keylog_from_env() -> None:
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def capture(url: str) -> None:
    env = {**os.environ, "SSLKEYLOGFILE": "/tmp/curl-keys.log"}
    subprocess.run(["curl", "-sS", url], env=env, check=True)


def legacy_requests_env() -> None:
    # requests < 2.28 on the jump hosts: an empty bundle turned verification off
    os.environ["CURL_CA_BUNDLE"] = ""
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/tls/certs/ca-bundle.crt"
