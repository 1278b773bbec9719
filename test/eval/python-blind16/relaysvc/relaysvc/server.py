"""The relay's TLS listener (Twisted)."""
from OpenSSL import SSL
from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ServerEndpoint
from twisted.internet.protocol import Factory, Protocol

from .certs import load_server_options


class Echo(Protocol):
    def dataReceived(self, data):
        self.transport.write(data)


def listen(port: int = 8443):
    options = load_server_options()
    reactor.listenSSL(port, Factory.forProtocol(Echo), options)


def listen_endpoint(port: int = 9443):
    key_pem = open("/etc/relay/tls/key.pem", "rb").read()
    cert_pem = open("/etc/relay/tls/cert.pem", "rb").read()
    server_opts = ssl.PrivateCertificate.loadPEM(key_pem + cert_pem).options()
    endpoint = SSL4ServerEndpoint(reactor, port, server_opts)
    return endpoint.listen(Factory.forProtocol(Echo))


def listen_legacy_pos(port: int = 7443):
    """Point-of-sale terminals from 2011 cannot do anything newer."""
    key = ssl.KeyPair.load(open("/etc/relay/pos/key.pem", "rb").read(), 1)
    cert = ssl.Certificate.loadPEM(open("/etc/relay/pos/cert.pem", "rb").read())
    pos_opts = ssl.CertificateOptions(privateKey=key.original, certificate=cert.original, method=SSL.TLSv1_METHOD)
    reactor.listenSSL(port, Factory.forProtocol(Echo), pos_opts)
