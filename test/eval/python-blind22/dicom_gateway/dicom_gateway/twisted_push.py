from OpenSSL import SSL
from twisted.internet import protocol, reactor, ssl

from .pdus import StoreProtocol


class StoreFactory(protocol.ClientFactory):
    protocol = StoreProtocol


def push_to_pacs(host: str, port: int = 2762) -> None:
    reactor.connectSSL(host, port, StoreFactory(), ssl.ClientContextFactory())


def push_to_pacs_verified(host: str, port: int = 2762) -> None:
    with open("/etc/dicom/pacs-ca.pem", "rb") as f:
        trust = ssl.Certificate.loadPEM(f.read())
    options = ssl.optionsForClientTLS(host, trustRoot=trust)
    reactor.connectSSL(host, port, StoreFactory(), options)


def serve_scp(port: int, key_pem: bytes, cert_pem: bytes) -> None:
    cert = ssl.PrivateCertificate.loadPEM(key_pem + cert_pem)
    opts = ssl.CertificateOptions(privateKey=cert.privateKey.original, certificate=cert.original, method=SSL.TLSv1_METHOD)
    reactor.listenSSL(port, protocol.ServerFactory.forProtocol(StoreProtocol), opts)


def serve_scp_modern(port: int, key_pem: bytes, cert_pem: bytes) -> None:
    cert = ssl.PrivateCertificate.loadPEM(key_pem + cert_pem)
    reactor.listenSSL(port, protocol.ServerFactory.forProtocol(StoreProtocol), cert.options())
