"""Code that predates Python 3.10's ssl changes."""
import ssl
import urllib.request


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)  # expect: no-deprecated-tls-api
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1  # expect: no-deprecated-tls-api
    ctx.set_npn_protocols(["http/1.1"])  # expect: no-deprecated-tls-api
    return ctx


def download(url):
    with urllib.request.urlopen(url, cafile="/etc/ssl/internal-ca.pem") as resp:  # expect: no-deprecated-tls-api
        return resp.read()


def supports_tls13():
    return ssl.HAS_TLSv1_3 and hasattr(ssl, "OP_NO_TLSv1_3")
