"""Twisted side of the bridge: connects to the acquirer and listens for terminals."""
from twisted.internet import endpoints, reactor, ssl
from twisted.internet.protocol import Factory, Protocol
from twisted.internet.ssl import TLSVersion

from .contexts import SERVER_CERT, SERVER_KEY

ACQUIRER_HOST = "gateway.acquirer.example.com"


class Relay(Protocol):
    def dataReceived(self, data):
        self.transport.write(data)


class RelayFactory(Factory):
    protocol = Relay


def connect_acquirer():
    reactor.connectSSL(ACQUIRER_HOST, 443, RelayFactory(), ssl.ClientContextFactory())


def connect_settlement():
    with open("/etc/legacytls/acquirer-ca.pem") as fh:
        trust = ssl.Certificate.loadPEM(fh.read())
    options = ssl.optionsForClientTLS("settlement.acquirer.example.com", trustRoot=trust)
    endpoint = endpoints.SSL4ClientEndpoint(reactor, "settlement.acquirer.example.com", 443, options)
    return endpoint.connect(RelayFactory())


def connect_clearing():
    with open("/etc/legacytls/acquirer-ca.pem") as fh:
        trust = ssl.Certificate.loadPEM(fh.read())
    options = ssl.CertificateOptions(
        trustRoot=trust,
        insecurelyLowerMinimumTo=TLSVersion.TLSv1_0,
    )
    endpoint = endpoints.SSL4ClientEndpoint(reactor, "clearing.acquirer.example.com", 443, options)
    return endpoint.connect(RelayFactory())


def connect_reports():
    options = ssl.CertificateOptions()
    endpoint = endpoints.SSL4ClientEndpoint(reactor, "reports.acquirer.example.com", 8443, options)
    return endpoint.connect(RelayFactory())


def listen_terminals():
    with open(SERVER_CERT) as fh_cert, open(SERVER_KEY) as fh_key:
        cert = ssl.PrivateCertificate.loadPEM(fh_cert.read() + fh_key.read())
    reactor.listenSSL(9443, RelayFactory(), cert.options())
    reactor.listenSSL(9444, RelayFactory(), ssl.CertificateOptions(privateKey=cert.privateKey.original, certificate=cert.original))
