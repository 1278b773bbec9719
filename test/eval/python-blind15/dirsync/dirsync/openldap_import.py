"""Write the exported users into OpenLDAP with python-ldap."""
import ldap
import ldap.modlist

from dirsync import config


def openldap_conn(bind_dn, password):
    conn = ldap.initialize(config.OPENLDAP_URI)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, config.OPENLDAP_CA)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(bind_dn, password)
    return conn


def replica_conn(bind_dn, password):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize("ldaps://ldap-replica.example.com")
    conn.simple_bind_s(bind_dn, password)
    return conn


def dr_conn(bind_dn, password):
    conn = ldap.initialize("ldaps://ldap-dr.example.com")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(bind_dn, password)
    return conn


def upsert(conn, dn, attrs):
    try:
        conn.add_s(dn, ldap.modlist.addModlist(attrs))
    except ldap.ALREADY_EXISTS:
        old = conn.search_s(dn, ldap.SCOPE_BASE)[0][1]
        conn.modify_s(dn, ldap.modlist.modifyModlist(old, attrs))
