from OpenSSL import SSL
from twisted.internet import reactor, ssl
from twisted.internet.endpoints import SSL4ClientEndpoint
from twisted.internet.ssl import TLSVersion


def connect_feed(host, port, factory):
    return reactor.connectSSL(host, port, factory, ssl.ClientContextFactory())


def connect_collector(host, port, factory):
    opts = ssl.CertificateOptions(trustRoot=ssl.platformTrust(), method=SSL.TLSv1_1_METHOD)
    return reactor.connectSSL(host, port, factory, opts)


def connect_archive(host, port, factory):
    opts = ssl.CertificateOptions(trustRoot=ssl.platformTrust(), insecurelyLowerMinimumTo=TLSVersion.TLSv1_0)
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(factory)


def connect_secure(host, port, factory):
    opts = ssl.optionsForClientTLS(host, trustRoot=ssl.platformTrust())
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(factory)


def lab_connect(host, port, factory):
    opts = ssl.CertificateOptions(verify=False)
    return SSL4ClientEndpoint(reactor, host, port, opts).connect(factory)


def serve(port, factory, key, cert):
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert)
    return reactor.listenSSL(port, factory, opts)
