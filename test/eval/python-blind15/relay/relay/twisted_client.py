"""Twisted clients that forward the buffered events."""
from OpenSSL import SSL
from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, Protocol


class Forwarder(Protocol):
    def connectionMade(self):
        for line in self.factory.lines:
            self.transport.write(line + b"\n")
        self.transport.loseConnection()


class ForwarderFactory(ClientFactory):
    protocol = Forwarder

    def __init__(self, lines):
        self.lines = lines


def forward_verified(lines, host="collector.siem.example.com"):
    with open("/etc/relay/siem-ca.pem") as fh:
        trust = ssl.Certificate.loadPEM(fh.read())
    options = ssl.optionsForClientTLS(host, trustRoot=trust)
    reactor.connectSSL(host, 6514, ForwarderFactory(lines), options)


def forward_legacy(lines, host="collector-old.siem.example.com"):
    reactor.connectSSL(host, 6514, ForwarderFactory(lines), ssl.ClientContextFactory())


def forward_pinned_method(lines, host="collector-dr.siem.example.com"):
    options = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD)
    reactor.connectSSL(host, 6514, ForwarderFactory(lines), options)


def forward_low_floor(lines, host="collector-eu.siem.example.com"):
    with open("/etc/relay/siem-ca.pem") as fh:
        trust = ssl.Certificate.loadPEM(fh.read())
    options = ssl.optionsForClientTLS(host, trustRoot=trust, extraCertificateOptions={"insecurelyLowerMinimumTo": ssl.TLSVersion.TLSv1_0})
    reactor.connectSSL(host, 6514, ForwarderFactory(lines), options)


class PinnedContextFactory(ssl.ClientContextFactory):
    def getContext(self):
        ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
        ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
        ctx.load_verify_locations("/etc/relay/siem-ca.pem")
        return ctx


def forward_pinned(lines, host="collector-ap.siem.example.com"):
    reactor.connectSSL(host, 6514, ForwarderFactory(lines), PinnedContextFactory())


def listen(port=6515):
    with open("/etc/relay/relay.pem") as fh:
        cert = ssl.PrivateCertificate.loadPEM(fh.read())
    reactor.listenSSL(port, ForwarderFactory([]), cert.options())
