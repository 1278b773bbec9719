from OpenSSL import SSL
from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from twisted.web.client import Agent


def fetch_status(host, port, factory):
    return reactor.connectSSL(host, port, factory, ssl.ClientContextFactory())


def fetch_legacy(host, port, factory):
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD)
    endpoint = SSL4ClientEndpoint(reactor, host, port, opts)
    return endpoint.connect(factory)


def fetch_secure(host, port, factory):
    with open("/etc/ssl/partner-ca.pem") as fh:
        root = ssl.Certificate.loadPEM(fh.read())
    opts = ssl.optionsForClientTLS(host, trustRoot=root)
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(factory)


def serve(port, site):
    with open("/etc/tlsbits/server.pem") as fh:
        cert = ssl.PrivateCertificate.loadPEM(fh.read())
    opts = ssl.CertificateOptions(privateKey=cert.privateKey.original, certificate=cert.original)
    return reactor.listenSSL(port, site, opts)


def web_agent():
    return Agent(reactor)
