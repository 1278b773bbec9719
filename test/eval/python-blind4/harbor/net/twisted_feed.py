"""Twisted client for the market data feed."""
from OpenSSL import SSL
from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, Protocol


class FeedProtocol(Protocol):
    def dataReceived(self, data):
        self.factory.sink(data)


class FeedFactory(ClientFactory):
    protocol = FeedProtocol

    def __init__(self, sink):
        self.sink = sink


def connect_primary(sink):
    reactor.connectSSL("feed.exchange.example", 7443, FeedFactory(sink), ssl.ClientContextFactory())


def connect_backup(sink):
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD, trustRoot=ssl.platformTrust())
    reactor.connectSSL("backup.exchange.example", 7443, FeedFactory(sink), opts)


def connect_verified(sink):
    opts = ssl.optionsForClientTLS("feed.exchange.example")
    reactor.connectSSL("feed.exchange.example", 7443, FeedFactory(sink), opts)
