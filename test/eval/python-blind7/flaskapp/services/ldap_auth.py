import ssl

import ldap
import ldap3

LDAP_URL = "ldaps://ldap.corp.example.com"


def bind_ldap3(user_dn, password):
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    server = ldap3.Server(LDAP_URL, use_ssl=True, tls=tls)
    conn = ldap3.Connection(server, user=user_dn, password=password)
    return conn.bind()


def bind_ldap3_strict(user_dn, password):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/corp-ca.pem")
    server = ldap3.Server(LDAP_URL, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user_dn, password=password).bind()


def bind_python_ldap(user_dn, password):
    conn = ldap.initialize(LDAP_URL)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(user_dn, password)
    return conn


def bind_python_ldap_strict(user_dn, password):
    conn = ldap.initialize(LDAP_URL)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/corp-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(user_dn, password)
    return conn
