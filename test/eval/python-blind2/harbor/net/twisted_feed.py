"""Twisted clients for the harbour master's AIS stream."""
from OpenSSL import SSL
from twisted.internet import reactor
from twisted.internet import ssl as tssl
from twisted.internet.protocol import ClientFactory, Protocol
from twisted.internet.ssl import CertificateOptions, TLSVersion, optionsForClientTLS


class AISProtocol(Protocol):
    def dataReceived(self, data):
        print(data)


class AISFactory(ClientFactory):
    protocol = AISProtocol


def connect_master():
    reactor.connectSSL("ais.harbourmaster.example.org", 5631, AISFactory(), tssl.ClientContextFactory())


def connect_backup():
    opts = CertificateOptions(method=SSL.TLSv1_METHOD)
    reactor.connectSSL("ais-backup.harbourmaster.example.org", 5631, AISFactory(), opts)


def connect_mirror():
    opts = optionsForClientTLS("ais-mirror.harbourmaster.example.org", extraCertificateOptions={"insecurelyLowerMinimumTo": TLSVersion.TLSv1_0})
    reactor.connectSSL("ais-mirror.harbourmaster.example.org", 5631, AISFactory(), opts)


def connect_primary():
    opts = optionsForClientTLS("ais.harbourmaster.example.org")
    reactor.connectSSL("ais.harbourmaster.example.org", 5632, AISFactory(), opts)


def serve_replay(factory):
    opts = CertificateOptions(privateKey=None, certificate=None)
    reactor.listenSSL(5633, factory, opts)
