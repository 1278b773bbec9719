"""Which protocol versions does an asset still accept?"""
import socket
import ssl

PROBES = {
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def accepts(host, version, port=443):
    ctx = ssl.create_default_context()
    ctx.minimum_version = version
    ctx.maximum_version = version
    try:
        with socket.create_connection((host, port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host):
                return True
    except (ssl.SSLError, OSError):
        return False


def accepts_tls10(host, port=443):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    ctx.maximum_version = ssl.TLSVersion.TLSv1
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            return s.version()


def describe(ctx):
    if ctx.minimum_version <= ssl.TLSVersion.TLSv1_1:
        return "legacy allowed"
    return "modern"


def reopen_old(ctx):
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    return ctx
