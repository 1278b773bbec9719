import ldap

CA = "/etc/ssl/certs/corp-ca.pem"


def hr_directory(uri: str = "ldaps://hr-ldap.corp.example.com"):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s("cn=sync,dc=corp", "secret")
    return conn


def lab_directory(uri: str = "ldaps://lab-ldap.example.com"):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s("cn=sync,dc=lab", "secret")
    return conn


def is_strict(conn) -> bool:
    return conn.get_option(ldap.OPT_X_TLS_REQUIRE_CERT) == ldap.OPT_X_TLS_DEMAND
