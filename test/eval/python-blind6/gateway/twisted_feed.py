"""Twisted client that streams plant telemetry to the data lake ingest."""
from twisted.internet import protocol, reactor
from twisted.internet import ssl as tssl
from twisted.internet.ssl import CertificateOptions, TLSVersion, optionsForClientTLS

INGEST_HOST = "ingest.lake.acme-corp.net"
INGEST_PORT = 6443


class TelemetryProtocol(protocol.Protocol):
    def connectionMade(self):
        self.transport.write(b"HELLO telemetry/1\r\n")


class TelemetryFactory(protocol.ClientFactory):
    protocol = TelemetryProtocol


def connect_ingest():
    with open("/etc/ssl/certs/lake-ca.pem", "rb") as fh:
        authority = tssl.Certificate.loadPEM(fh.read())
    options = optionsForClientTLS(INGEST_HOST, trustRoot=authority)
    return reactor.connectSSL(INGEST_HOST, INGEST_PORT, TelemetryFactory(), options)


def connect_ingest_fallback():
    """Old ingest nodes: plain ClientContextFactory, as in the 2016 version."""
    return reactor.connectSSL("ingest-old.lake.acme-corp.net", INGEST_PORT, TelemetryFactory(), tssl.ClientContextFactory())


def connect_ingest_compat(authority):
    options = CertificateOptions(
        trustRoot=authority,
        insecurelyLowerMinimumTo=TLSVersion.TLSv1_0,
    )
    return reactor.connectSSL(INGEST_HOST, INGEST_PORT, TelemetryFactory(), options)
