"""Job intake from reseller storefronts (Twisted)."""
from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, ServerFactory
from twisted.internet.ssl import TLSVersion

STOREFRONT_CA = "/etc/printhub/tls/storefront-ca.pem"


def _trust():
    with open(STOREFRONT_CA, "rb") as fh:
        return ssl.Certificate.loadPEM(fh.read())


def poll_storefront(host: str, factory: ClientFactory) -> None:
    reactor.connectSSL(host, 8443, factory, ssl.ClientContextFactory())


def poll_marketplace(host: str, factory: ClientFactory) -> None:
    options = ssl.CertificateOptions()
    reactor.connectSSL(host, 8443, factory, options)


def poll_wholesale(host: str, factory: ClientFactory) -> None:
    options = ssl.CertificateOptions(
        trustRoot=_trust(),
        insecurelyLowerMinimumTo=TLSVersion.TLSv1_0,
    )
    reactor.connectSSL(host, 8443, factory, options)


def poll_distributor(host: str, factory: ClientFactory) -> None:
    reactor.connectSSL(host, 8443, factory, ssl.CertificateOptions(trustRoot=_trust()))


def poll_reseller(host: str, factory: ClientFactory) -> None:
    reactor.connectSSL(host, 8443, factory, ssl.optionsForClientTLS(host, trustRoot=_trust()))


def serve_uploads(factory: ServerFactory, key, cert) -> None:
    options = ssl.CertificateOptions(privateKey=key, certificate=cert)
    reactor.listenSSL(8444, factory, options)
