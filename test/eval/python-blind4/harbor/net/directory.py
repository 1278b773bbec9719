"""LDAP lookups for the admin console."""
import ssl

import ldap
import ldap3

AD_HOST = "dc01.corp.harbor.example"

TLS_SETTINGS = {
    "validate": ssl.CERT_NONE,
    "ca_certs_file": "/etc/harbor/ad-ca.pem",
}


def ad_connection(user, password):
    tls = ldap3.Tls(**TLS_SETTINGS)
    server = ldap3.Server(AD_HOST, port=636, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user, password=password, auto_bind=True)


def ad_connection_verified(user, password):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/harbor/ad-ca.pem", version=ssl.PROTOCOL_TLS_CLIENT)
    server = ldap3.Server(AD_HOST, port=636, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user, password=password, auto_bind=True)


def legacy_bind(dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize(f"ldaps://{AD_HOST}")
    conn.simple_bind_s(dn, password)
    return conn
