from twisted.internet import reactor, ssl
from twisted.internet.protocol import ClientFactory, Factory
from twisted.protocols.basic import LineReceiver

CA_PEM = open("/etc/edgeproxy/admin-ca.pem").read()


class AdminClient(LineReceiver):
    def connectionMade(self):
        self.sendLine(b"STATUS")

    def lineReceived(self, line):
        print(line.decode())
        self.transport.loseConnection()


class AdminFactory(ClientFactory):
    protocol = AdminClient


def query_admin(host):
    options = ssl.optionsForClientTLS(host, trustRoot=ssl.Certificate.loadPEM(CA_PEM))
    reactor.connectSSL(host, 9000, AdminFactory(), options)


def query_admin_legacy(host):
    reactor.connectSSL(host, 9000, AdminFactory(), ssl.ClientContextFactory())


def serve_admin(cert_pem, key_pem):
    cert = ssl.PrivateCertificate.loadPEM(cert_pem + key_pem)
    opts = ssl.CertificateOptions(privateKey=cert.privateKey.original, certificate=cert.original)
    reactor.listenSSL(9000, Factory.forProtocol(AdminClient), opts)
