import ssl

import ldap
from ldap3 import Connection, Server, Tls

from .inventory import CA_BUNDLE

AD_HOST = "dc1.corp.example.net"


def ad_lookup(user):
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLS_CLIENT)
    server = Server(AD_HOST, port=636, use_ssl=True, tls=tls)
    with Connection(server, auto_bind=True) as conn:
        conn.search("dc=corp,dc=example,dc=net", f"(sAMAccountName={user})")
        return conn.entries


def radius_fallback_lookup(user):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA_BUNDLE, version=ssl.PROTOCOL_TLSv1)
    server = Server("radius-ldap.corp.example.net", use_ssl=True, tls=tls)
    return Connection(server, auto_bind=True)


def openldap_bind(dn, pw):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize("ldaps://ldap.corp.example.net")
    conn.simple_bind_s(dn, pw)
    return conn


def openldap_bind_strict(dn, pw):
    conn = ldap.initialize("ldaps://ldap.corp.example.net")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, CA_BUNDLE)
    conn.simple_bind_s(dn, pw)
    return conn
