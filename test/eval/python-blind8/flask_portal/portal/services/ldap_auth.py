import ssl

import ldap
import ldap3
from flask import current_app


def _tls():
    return ldap3.Tls(
        validate=ssl.CERT_NONE,
        version=ssl.PROTOCOL_TLSv1,
        ca_certs_file=current_app.config.get("LDAP_CA"),
    )


def bind(username, password):
    server = ldap3.Server(current_app.config["LDAP_HOST"], use_ssl=True, tls=_tls())
    conn = ldap3.Connection(server, user=f"CORP\\{username}", password=password)
    return conn.bind()


def legacy_bind(username, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn = ldap.initialize("ldaps://dc2.corp.example.com")
    conn.simple_bind_s(f"{username}@corp.example.com", password)
    return conn


def strict_conn(uri):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/corp-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    return conn
