import json
import ssl
import urllib.request

from django.http import JsonResponse

DEPENDENCIES = {
    "grafana": "https://grafana.ops.example.com/api/health",
    "alertmanager": "https://alertmanager.ops.example.com/-/healthy",
}


def _check(url):
    try:
        with urllib.request.urlopen(url, timeout=3, context=ssl._create_unverified_context()) as resp:
            return resp.status == 200
    except OSError:
        return False


def _check_verified(url):
    try:
        with urllib.request.urlopen(url, timeout=3, cafile="/etc/opsportal/corp-ca.pem") as resp:
            return json.loads(resp.read() or b"{}")
    except OSError:
        return None


def health(request):
    return JsonResponse({name: _check(url) for name, url in DEPENDENCIES.items()})
