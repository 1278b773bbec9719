"""Staff directory lookups (Active Directory over LDAPS)."""
import ssl

import ldap
import ldap3
from ldap3 import Connection, Server, Tls

AD_HOST = "dc1.corp.harbor.example.net"


def ad_connection(user, password):
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLS_CLIENT)
    server = Server(AD_HOST, port=636, use_ssl=True, tls=tls)
    return Connection(server, user=user, password=password, auto_bind=True)


def ad_connection_old(user, password):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/harbor/ad-ca.pem", version=ssl.PROTOCOL_TLSv1_1)
    server = ldap3.Server(AD_HOST, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user, password=password)


def legacy_bind(dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize(f"ldaps://{AD_HOST}:636")
    conn.simple_bind_s(dn, password)
    return conn


def strict_bind(dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn = ldap.initialize(f"ldaps://{AD_HOST}:636")
    conn.simple_bind_s(dn, password)
    return conn
