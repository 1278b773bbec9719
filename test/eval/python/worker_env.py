import os
import subprocess
import urllib.request

# Capture the worker's TLS traffic for the incident (remove after 2024-03-01).
os.environ["SSLKEYLOGFILE"] = "/tmp/worker-keys.log"  # expect: no-tls-key-logging


def fetch(url):
    with urllib.request.urlopen(url) as resp:
        return resp.read()


def run_browser(url):
    env = dict(os.environ)
    env.pop("SSLKEYLOGFILE", None)
    subprocess.run(["chromium", "--headless", url], env=env, check=True)


def run_curl_debug(url):
    subprocess.run(["curl", url], env={"PATH": "/usr/bin", "SSLKEYLOGFILE": "/tmp/curl-keys.log"}, check=True)  # expect: no-tls-key-logging
