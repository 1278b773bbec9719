import ldap

LDAP_URI = "ldaps://ldap.corp.example.com:636"


def bind(user_dn: str, password: str):
    ldap.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/fleetctl/ldap-ca.pem")
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn = ldap.initialize(LDAP_URI)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(user_dn, password)
    return conn


def bind_legacy(password: str):
    conn = ldap.initialize("ldaps://old-dc.corp.example.com")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s("cn=fleet,ou=svc,dc=corp,dc=example,dc=com", password)
    return conn
