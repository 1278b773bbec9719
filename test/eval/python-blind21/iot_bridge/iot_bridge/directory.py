import ssl

import ldap
import ldap3

TLS_STRICT = ldap3.Tls(
    validate=ssl.CERT_REQUIRED,
    ca_certs_file="/etc/ssl/certs/corp-ca.pem",
    version=ssl.PROTOCOL_TLS_CLIENT,
)


def bind_ad(user, password):
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    server = ldap3.Server("ad.corp.example.com", port=636, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user, password=password, auto_bind=True)


def bind_legacy(user, password):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/corp-ca.pem", version=ssl.PROTOCOL_TLSv1)
    server = ldap3.Server("ldap-legacy.corp.example.com", port=636, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user, password=password, auto_bind=True)


def bind_strict(user, password):
    server = ldap3.Server("ldap.corp.example.com", port=636, use_ssl=True, tls=TLS_STRICT)
    return ldap3.Connection(server, user=user, password=password, auto_bind=True)


def python_ldap_bind(uri, dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize(uri)
    conn.simple_bind_s(dn, password)
    return conn


def python_ldap_strict(uri, dn, password):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/corp-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(dn, password)
    return conn
