from pathlib import Path

from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint, SSL4ServerEndpoint
from twisted.internet.ssl import TLSVersion

CERT_DIR = Path("/etc/relay/tls")


def _server_pair():
    cert = ssl.PrivateCertificate.loadPEM((CERT_DIR / "relay.pem").read_text())
    return cert.privateKey.original, cert.original


def upstream_options(hostname: str):
    trust = ssl.Certificate.loadPEM((CERT_DIR / "upstream-ca.pem").read_text())
    return ssl.optionsForClientTLS(hostname, trustRoot=trust)


def connect_upstream(factory, hostname: str = "upstream.example.com"):
    return reactor.connectSSL(hostname, 443, factory, upstream_options(hostname))


def connect_legacy(factory):
    return reactor.connectSSL("legacy-upstream.example.com", 8443, factory, ssl.ClientContextFactory())


def connect_partner(factory):
    key, cert = _server_pair()
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert)
    endpoint = SSL4ClientEndpoint(reactor, "partner.example.com", 443, opts)
    return endpoint.connect(factory)


def serve(factory, port: int = 8443):
    key, cert = _server_pair()
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert, raiseMinimumTo=TLSVersion.TLSv1_2)
    return reactor.listenSSL(port, factory, opts)


def serve_kiosks(factory, port: int = 9443):
    key, cert = _server_pair()
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert, insecurelyLowerMinimumTo=TLSVersion.TLSv1_0)
    endpoint = SSL4ServerEndpoint(reactor, port, opts)
    return endpoint.listen(factory)
