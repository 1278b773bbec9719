from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, Protocol
from twisted.python import log
from twisted.web.client import Agent, readBody
from OpenSSL import SSL


class Echo(Protocol):
    def connectionMade(self):
        self.transport.write(b"hello\r\n")

    def dataReceived(self, data):
        log.msg("got %r" % (data,))
        self.transport.loseConnection()


class EchoFactory(ClientFactory):
    protocol = Echo

    def clientConnectionFailed(self, connector, reason):
        log.err(reason)
        reactor.stop()


def connect_legacy(host, port):
    factory = EchoFactory()
    reactor.connectSSL(host, port, factory, ssl.ClientContextFactory())


def connect_old_method(host, port):
    opts = ssl.CertificateOptions(method=SSL.TLSv1_METHOD)
    reactor.connectSSL(host, port, EchoFactory(), opts)


def connect_secure(host, port):
    opts = ssl.optionsForClientTLS(hostname=host)
    reactor.connectSSL(host, port, EchoFactory(), opts)


def fetch(url):
    agent = Agent(reactor)
    d = agent.request(b"GET", url.encode())
    d.addCallback(readBody)
    return d
