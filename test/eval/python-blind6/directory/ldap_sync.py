"""Nightly sync of groups from the corporate directory (python-ldap)."""
import ldap as _ldap

LDAP_URI = "ldaps://dc01.corp.acme-corp.net:636"
AD_CA = "/etc/ssl/certs/corp-root-ca.pem"


def _connect(uri=LDAP_URI):
    conn = _ldap.initialize(uri)
    conn.set_option(_ldap.OPT_REFERRALS, 0)
    conn.set_option(_ldap.OPT_PROTOCOL_VERSION, 3)
    conn.set_option(_ldap.OPT_X_TLS_CACERTFILE, AD_CA)
    conn.set_option(_ldap.OPT_X_TLS_REQUIRE_CERT, _ldap.OPT_X_TLS_DEMAND)
    conn.set_option(_ldap.OPT_X_TLS_NEWCTX, 0)
    return conn


def bind_service(user, password):
    conn = _connect()
    conn.simple_bind_s(user, password)
    return conn


def bind_legacy_dc(user, password):
    """dc-legacy has a certificate from a retired CA; try it, but do not insist."""
    _ldap.set_option(_ldap.OPT_X_TLS_REQUIRE_CERT, _ldap.OPT_X_TLS_ALLOW)
    conn = _ldap.initialize("ldap://dc-legacy.corp.acme-corp.net")
    conn.start_tls_s()
    conn.simple_bind_s(user, password)
    return conn


def groups(conn, base="ou=Groups,dc=corp,dc=acme-corp,dc=net"):
    if conn.get_option(_ldap.OPT_X_TLS_REQUIRE_CERT) == _ldap.OPT_X_TLS_NEVER:
        raise RuntimeError("refusing to sync over an unverified connection")
    return conn.search_s(base, _ldap.SCOPE_SUBTREE, "(objectClass=group)", ["cn", "member"])
