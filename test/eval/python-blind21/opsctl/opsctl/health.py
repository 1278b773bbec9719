import requests


def run(url, insecure=False):
    resp = requests.get(url, verify=not insecure, timeout=5)
    print(f"{url}: {resp.status_code}")
    return resp.ok
