from OpenSSL import SSL
from twisted.internet import endpoints, reactor, ssl
from twisted.internet.protocol import ClientFactory, Factory, Protocol


class QuoteProtocol(Protocol):
    def dataReceived(self, data):
        self.factory.quotes.append(data)


class QuoteFactory(ClientFactory):
    protocol = QuoteProtocol

    def __init__(self):
        self.quotes = []


class GatewayFactory(Factory):
    protocol = QuoteProtocol


def connect_quotes(host):
    reactor.connectSSL(host, 8443, QuoteFactory(), ssl.ClientContextFactory())


def connect_orders(host):
    with open("/etc/bridge/ca.pem") as fh:
        root = ssl.Certificate.loadPEM(fh.read())
    opts = ssl.optionsForClientTLS(host, trustRoot=root)
    reactor.connectSSL(host, 9443, QuoteFactory(), opts)


def connect_risk(host):
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD)
    ep = endpoints.SSL4ClientEndpoint(reactor, host, 9555, opts)
    return ep.connect(QuoteFactory())


def listen(port, key, cert):
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert)
    reactor.listenSSL(port, GatewayFactory(), opts)
