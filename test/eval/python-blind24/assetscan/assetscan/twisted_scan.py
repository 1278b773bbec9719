from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from twisted.internet.protocol import Factory, Protocol
from twisted.internet.ssl import AcceptableCiphers, CertificateOptions, TLSVersion


class Banner(Protocol):
    def dataReceived(self, data):
        print(data[:80])
        self.transport.loseConnection()


def scan(host, port=443):
    reactor.connectSSL(host, port, Factory.forProtocol(Banner), ssl.ClientContextFactory())


def scan_endpoint(host, port=443):
    opts = CertificateOptions(raiseMinimumTo=TLSVersion.TLSv1_2)
    ep = SSL4ClientEndpoint(reactor, host, port, opts)
    return ep.connect(Factory.forProtocol(Banner))


def scan_legacy(host, port=443):
    opts = ssl.optionsForClientTLS(host, extraCertificateOptions={"insecurelyLowerMinimumTo": TLSVersion.TLSv1_0})
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(Factory.forProtocol(Banner))


def scan_lowered(host, root, port=443):
    opts = CertificateOptions(trustRoot=root, insecurelyLowerMinimumTo=TLSVersion.TLSv1_1)
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(Factory.forProtocol(Banner))


def serve_results(port, key, cert):
    opts = CertificateOptions(privateKey=key, certificate=cert,
                              acceptableCiphers=AcceptableCiphers.fromOpenSSLCipherString("RC4-SHA:AES128-GCM-SHA256"))
    reactor.listenSSL(port, Factory.forProtocol(Banner), opts)


def scan_verified(host, port=443):
    reactor.connectSSL(host, port, Factory.forProtocol(Banner), ssl.optionsForClientTLS(host))
