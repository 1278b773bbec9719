from OpenSSL import SSL
from twisted.internet import endpoints, protocol, reactor, ssl
from twisted.web.client import Agent, BrowserLikePolicyForHTTPS


class FeedProtocol(protocol.Protocol):
    def dataReceived(self, data):
        self.factory.sink(data)


class FeedFactory(protocol.ClientFactory):
    protocol = FeedProtocol

    def __init__(self, sink=print):
        self.sink = sink


def connect_feed():
    reactor.connectSSL("feed.exchange.example", 7443, FeedFactory(), ssl.ClientContextFactory())


def connect_backup():
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD)
    endpoint = endpoints.SSL4ClientEndpoint(reactor, "backup.exchange.example", 7443, opts)
    return endpoint.connect(FeedFactory())


def connect_archive():
    opts = ssl.optionsForClientTLS("archive.exchange.example", insecurelyLowerMinimumTo=ssl.TLSVersion.TLSv1_0)
    return endpoints.SSL4ClientEndpoint(reactor, "archive.exchange.example", 7443, opts).connect(FeedFactory())


def connect_primary():
    with open("/etc/securechan/exchange-ca.pem") as fh:
        root = ssl.Certificate.loadPEM(fh.read())
    opts = ssl.optionsForClientTLS("primary.exchange.example", trustRoot=root)
    return endpoints.SSL4ClientEndpoint(reactor, "primary.exchange.example", 7443, opts).connect(FeedFactory())


def web_agent():
    return Agent(reactor, contextFactory=BrowserLikePolicyForHTTPS())
