import functools
import socket
import ssl
import urllib.request

from .contexts import modern_context

VAULT_HOST = "vault.internal.example"


def open_tls(host, port=443):
    ctx = modern_context()
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)


def vault_socket():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/vault-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((VAULT_HOST, 8200))
    return ctx.wrap_socket(raw)


def appliance_socket():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/appliance-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection(("10.20.0.5", 8443))
    return ctx.wrap_socket(raw)


def fetch_banner(host):
    raw = socket.create_connection((host, 993))
    tls = ssl.wrap_socket(raw)
    cert = tls.getpeercert()
    ssl.match_hostname(cert, host)
    return tls.recv(1024)


def with_context(factory):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs.setdefault("context", factory())
            return fn(*args, **kwargs)

        return wrapper

    return decorate


@with_context(lambda: ssl._create_unverified_context())
def fetch_status(url, context=None):
    return urllib.request.urlopen(url, context=context, timeout=5).read()


@with_context(modern_context)
def fetch_health(url, context=None):
    return urllib.request.urlopen(url, context=context, timeout=5).read()
