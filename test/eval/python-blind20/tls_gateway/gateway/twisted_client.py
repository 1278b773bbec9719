from twisted.internet import endpoints, reactor, ssl
from twisted.internet.protocol import Factory, Protocol
from twisted.web.client import Agent


class Heartbeat(Protocol):
    def connectionMade(self):
        self.transport.write(b"PING\r\n")


def connect_bank(host, port=7443):
    trust = ssl.Certificate.loadPEM(open("/etc/gateway/bank-ca.pem").read())
    opts = ssl.optionsForClientTLS(host, trustRoot=trust)
    ep = endpoints.SSL4ClientEndpoint(reactor, host, port, opts)
    return ep.connect(Factory.forProtocol(Heartbeat))


def connect_clearing(host, port=7443):
    reactor.connectSSL(host, port, Factory.forProtocol(Heartbeat), ssl.ClientContextFactory())


def connect_partner(host, port=7443):
    opts = ssl.CertificateOptions(method=ssl.SSL.TLSv1_1_METHOD)
    ep = endpoints.SSL4ClientEndpoint(reactor, host, port, opts)
    return ep.connect(Factory.forProtocol(Heartbeat))


def listen(port=8443):
    key = ssl.PrivateCertificate.loadPEM(open("/etc/gateway/server.pem").read())
    opts = ssl.CertificateOptions(privateKey=key.privateKey.original, certificate=key.original)
    reactor.listenSSL(port, Factory.forProtocol(Heartbeat), opts)


def web_agent():
    return Agent(reactor)
