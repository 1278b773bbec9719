from twisted.internet import protocol, reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from OpenSSL import SSL as OSSL


class PushProtocol(protocol.Protocol):
    def connectionMade(self):
        self.transport.write(b"HELLO\n")


class PushFactory(protocol.ClientFactory):
    protocol = PushProtocol


def push_legacy():
    reactor.connectSSL("push.legacy.example.com", 5223, PushFactory(), ssl.ClientContextFactory())


def push_old_gateway():
    opts = ssl.CertificateOptions(method=OSSL.TLSv1_1_METHOD)
    endpoint = SSL4ClientEndpoint(reactor, "push-gw.example.com", 5223, opts)
    return endpoint.connect(PushFactory())


def push_modern():
    opts = ssl.optionsForClientTLS("push.example.com")
    reactor.connectSSL("push.example.com", 5223, PushFactory(), opts)


def listen(port=5224):
    with open("/etc/push/server.pem") as f:
        cert = ssl.PrivateCertificate.loadPEM(f.read())
    reactor.listenSSL(port, protocol.Factory.forProtocol(PushProtocol), cert.options())
