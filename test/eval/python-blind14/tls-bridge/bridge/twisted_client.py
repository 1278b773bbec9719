from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint, SSL4ServerEndpoint
from twisted.internet.protocol import ClientFactory, Factory
from OpenSSL import SSL


def connect_scada(factory: ClientFactory, host: str) -> None:
    reactor.connectSSL(host, 443, factory, ssl.ClientContextFactory())


def connect_cloud(factory: ClientFactory, host: str):
    endpoint = SSL4ClientEndpoint(reactor, host, 443, ssl.optionsForClientTLS(host))
    return endpoint.connect(factory)


def connect_historian(factory: ClientFactory) -> None:
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD, trustRoot=ssl.platformTrust())
    reactor.connectSSL("historian.plant.example.com", 8443, factory, opts)


def listen(factory: Factory, key, cert) -> None:
    server_opts = ssl.CertificateOptions(privateKey=key, certificate=cert)
    reactor.listenSSL(8443, factory, server_opts)
    SSL4ServerEndpoint(reactor, 9443, server_opts).listen(factory)
