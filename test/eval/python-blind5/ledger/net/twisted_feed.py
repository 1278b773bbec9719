"""Twisted client for the legacy settlement feed."""
from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, Protocol
from OpenSSL import SSL as OSSL

FEED = "settle.legacy.example.com"


class FeedProtocol(Protocol):
    def dataReceived(self, data):
        print(data)


class FeedFactory(ClientFactory):
    protocol = FeedProtocol


def connect_legacy():
    reactor.connectSSL(FEED, 9000, FeedFactory(), ssl.ClientContextFactory())


def connect_old_method():
    opts = ssl.CertificateOptions(method=OSSL.TLSv1_1_METHOD, trustRoot=ssl.platformTrust())
    reactor.connectSSL(FEED, 9001, FeedFactory(), opts)


def connect_verified():
    opts = ssl.optionsForClientTLS(FEED, trustRoot=ssl.platformTrust())
    reactor.connectSSL(FEED, 9002, FeedFactory(), opts)


if __name__ == "__main__":
    connect_verified()
    reactor.run()
