"""Staff sign-in against the ministry directory."""
import ssl

import ldap
import ldap3

DIRECTORY = "ldaps://dir.ministry.example.gov"


def bind_python_ldap(user_dn: str, password: str):
    ldap.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/gov-root-ca.pem")
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize(DIRECTORY)
    conn.simple_bind_s(user_dn, password)
    return conn


def bind_strict(user_dn: str, password: str):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn = ldap.initialize(DIRECTORY)
    conn.simple_bind_s(user_dn, password)
    return conn


def bind_ldap3(user_dn: str, password: str):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/gov-root-ca.pem")
    server = ldap3.Server("dir.ministry.example.gov", port=636, use_ssl=True, tls=tls)
    return ldap3.Connection(server, user=user_dn, password=password, auto_bind=True)
