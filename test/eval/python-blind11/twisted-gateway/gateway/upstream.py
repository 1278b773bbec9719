from OpenSSL import SSL
from twisted.internet import endpoints, reactor, ssl
from twisted.internet.ssl import TLSVersion
from twisted.web.client import Agent, BrowserLikePolicyForHTTPS


def connect_legacy_processor(host, port, factory):
    return reactor.connectSSL(host, port, factory, ssl.ClientContextFactory())


def billing_endpoint(host, port):
    opts = ssl.CertificateOptions(method=SSL.TLSv1_1_METHOD)
    return endpoints.SSL4ClientEndpoint(reactor, host, port, opts)


def processor_endpoint(host, port):
    return endpoints.SSL4ClientEndpoint(reactor, host, port, ssl.optionsForClientTLS(host))


def partner_options(host):
    with open("/etc/gateway/partner-ca.pem") as fh:
        trust = ssl.Certificate.loadPEM(fh.read())
    return ssl.optionsForClientTLS(host, trustRoot=trust)


def acquirer_options():
    return ssl.CertificateOptions(trustRoot=ssl.platformTrust(), insecurelyLowerMinimumTo=TLSVersion.TLSv1_0)


def web_agent():
    return Agent(reactor, contextFactory=BrowserLikePolicyForHTTPS())
