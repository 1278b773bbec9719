from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from twisted.internet.protocol import Factory, Protocol

BROKER_CA_PEM = open("/etc/iotbridge/broker-ca.pem").read()


class Telemetry(Protocol):
    def dataReceived(self, data):
        self.factory.sink(data)


def connect_verified(host, factory):
    options = ssl.optionsForClientTLS(host, trustRoot=ssl.Certificate.loadPEM(BROKER_CA_PEM))
    return reactor.connectSSL(host, 8883, factory, options)


def connect_legacy(host, factory):
    return reactor.connectSSL(host, 8883, factory, ssl.ClientContextFactory())


def telemetry_endpoint(host):
    return SSL4ClientEndpoint(reactor, host, 9443, ssl.CertificateOptions())


def listen(port, key, cert):
    options = ssl.CertificateOptions(privateKey=key, certificate=cert)
    return reactor.listenSSL(port, Factory.forProtocol(Telemetry), options)
