from OpenSSL import SSL
from twisted.internet import endpoints, reactor, ssl
from twisted.internet.ssl import TLSVersion

PARTNER_CA = "/etc/ssl/certs/partner-ca.pem"


class PartnerContextFactory(ssl.ClientContextFactory):
    """Verifies the partner's chain against its private CA."""

    def getContext(self):
        ctx = ssl.ClientContextFactory.getContext(self)
        ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, self._check)
        ctx.load_verify_locations(PARTNER_CA)
        return ctx

    def _check(self, conn, cert, errno, depth, ok):
        return ok


def connect_partner(factory):
    return reactor.connectSSL("api.partner.example", 443, factory, PartnerContextFactory())


def connect_legacy(factory):
    return reactor.connectSSL("legacy.partner.example", 443, factory, ssl.ClientContextFactory())


def endpoint_for(host):
    return endpoints.SSL4ClientEndpoint(reactor, host, 443, ssl.CertificateOptions())


def modern_endpoint(host):
    with open(PARTNER_CA) as fh:
        options = ssl.optionsForClientTLS(host, trustRoot=ssl.Certificate.loadPEM(fh.read()))
    return endpoints.SSL4ClientEndpoint(reactor, host, 443, options)


def settlement_endpoint(host):
    options = ssl.CertificateOptions(trustRoot=ssl.platformTrust(), method=SSL.TLSv1_METHOD)
    return endpoints.SSL4ClientEndpoint(reactor, host, 443, options)


def clearing_endpoint(host):
    options = ssl.CertificateOptions(trustRoot=ssl.platformTrust(), insecurelyLowerMinimumTo=TLSVersion.TLSv1_1)
    return endpoints.SSL4ClientEndpoint(reactor, host, 443, options)
