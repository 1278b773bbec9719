import ldap
from ldap import OPT_X_TLS_NEVER
from ldap import OPT_X_TLS_REQUIRE_CERT as REQUIRE_CERT

ldap.set_option(REQUIRE_CERT, OPT_X_TLS_NEVER)


def directory(uri="ldaps://ldap.corp.example.com"):
    conn = ldap.initialize(uri)
    conn.protocol_version = ldap.VERSION3
    return conn
