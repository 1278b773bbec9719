from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from twisted.internet.protocol import ClientFactory, Protocol
from twisted.web.client import Agent, BrowserLikePolicyForHTTPS


class Forwarder(Protocol):
    def connectionMade(self):
        self.transport.write(self.factory.payload)
        self.transport.loseConnection()


class ForwardFactory(ClientFactory):
    protocol = Forwarder

    def __init__(self, payload: bytes):
        self.payload = payload


def forward(host: str, port: int, payload: bytes):
    trust = ssl.Certificate.loadPEM(open("/etc/relay/upstream-ca.pem", "rb").read())
    opts = ssl.optionsForClientTLS(host, trustRoot=trust)
    reactor.connectSSL(host, port, ForwardFactory(payload), opts)


def forward_to_archive(payload: bytes):
    reactor.connectSSL("archive.relay.example.net", 6514, ForwardFactory(payload), ssl.ClientContextFactory())


def forward_to_siem(payload: bytes):
    siem_opts = ssl.CertificateOptions()
    endpoint = SSL4ClientEndpoint(reactor, "siem.security.example.com", 6514, siem_opts)
    return endpoint.connect(ForwardFactory(payload))


def web_agent() -> Agent:
    return Agent(reactor, contextFactory=BrowserLikePolicyForHTTPS())
