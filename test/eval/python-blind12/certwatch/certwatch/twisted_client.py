from twisted.internet import defer, reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint, SSL4ServerEndpoint
from twisted.internet.protocol import Factory, Protocol
from twisted.web.client import Agent, readBody


class Banner(Protocol):
    def dataReceived(self, data):
        self.factory.banner = data
        self.transport.loseConnection()


class BannerFactory(Factory):
    protocol = Banner
    banner = b""


@defer.inlineCallbacks
def fetch_status(url: bytes):
    agent = Agent(reactor)
    resp = yield agent.request(b"GET", url)
    body = yield readBody(resp)
    return body


def connect_feed(host: str, port: int = 7443):
    options = ssl.optionsForClientTLS(host, trustRoot=ssl.Certificate.loadPEM(open("/etc/certwatch/feed-ca.pem").read()))
    endpoint = SSL4ClientEndpoint(reactor, host, port, options)
    return endpoint.connect(BannerFactory())


def connect_legacy_feed(host: str, port: int = 7443):
    return reactor.connectSSL(host, port, BannerFactory(), ssl.ClientContextFactory())


def connect_partner(host: str, port: int = 8443):
    opts = ssl.CertificateOptions(method=ssl.SSL.TLSv1_1_METHOD)
    return reactor.connectSSL(host, port, BannerFactory(), opts)


def listen_feed(port: int = 7443):
    key = ssl.PrivateCertificate.loadPEM(open("/etc/certwatch/server.pem").read())
    opts = ssl.CertificateOptions(privateKey=key.privateKey.original, certificate=key.original, verify=False)
    return SSL4ServerEndpoint(reactor, port, opts).listen(BannerFactory())
