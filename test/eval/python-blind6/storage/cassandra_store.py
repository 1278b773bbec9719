"""Event store on Cassandra (DataStax driver)."""
import ssl
from ssl import CERT_REQUIRED, PROTOCOL_TLS, SSLContext

from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster

CONTACT_POINTS = ["10.20.0.11", "10.20.0.12", "10.20.0.13"]
CASSANDRA_CA = "/etc/ssl/certs/cassandra-ca.pem"


def _ssl_context() -> SSLContext:
    # Nodes are addressed by IP and their certificates carry no IP SANs.
    ctx = SSLContext(PROTOCOL_TLS)
    ctx.load_verify_locations(CASSANDRA_CA)
    ctx.verify_mode = CERT_REQUIRED
    return ctx


def events_cluster(user, password) -> Cluster:
    return Cluster(
        CONTACT_POINTS,
        port=9142,
        ssl_context=_ssl_context(),
        auth_provider=PlainTextAuthProvider(username=user, password=password),
    )


def analytics_cluster(user, password) -> Cluster:
    """The analytics ring still runs Cassandra 2.2, which negotiates TLS 1.0 only."""
    return Cluster(
        ["cass-analytics-1.data.acme-corp.net"],
        ssl_options={
            "ca_certs": CASSANDRA_CA,
            "cert_reqs": ssl.CERT_REQUIRED,
            "ssl_version": ssl.PROTOCOL_TLSv1,
        },
        auth_provider=PlainTextAuthProvider(username=user, password=password),
    )


def archive_cluster(user, password) -> Cluster:
    ctx = ssl.create_default_context(cafile=CASSANDRA_CA)
    return Cluster(
        ["cass-archive-1.data.acme-corp.net"],
        ssl_context=ctx,
        ssl_options={"server_hostname": "cass-archive-1.data.acme-corp.net"},
        auth_provider=PlainTextAuthProvider(username=user, password=password),
    )
