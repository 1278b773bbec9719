"""Write users to the OpenLDAP replica with python-ldap."""
import os

import ldap
import ldap.modlist

URI = os.environ.get("OPENLDAP_URI", "ldaps://ldap-rw.acme.internal")


def connect(bind_dn, password):
    conn = ldap.initialize(URI)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ldapsync/openldap-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(bind_dn, password)
    return conn


def connect_replica(host, bind_dn, password):
    conn = ldap.initialize(f"ldap://{host}")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    conn.simple_bind_s(bind_dn, password)
    return conn


def global_allow():
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)


def upsert(conn, dn, attrs):
    try:
        conn.add_s(dn, ldap.modlist.addModlist(attrs))
    except ldap.ALREADY_EXISTS:
        conn.modify_s(dn, [(ldap.MOD_REPLACE, k, v) for k, v in attrs.items()])


def tls_mode(conn):
    return conn.get_option(ldap.OPT_X_TLS_REQUIRE_CERT) == ldap.OPT_X_TLS_NEVER
