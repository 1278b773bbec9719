import ssl

import ldap
from ldap3 import ALL, Connection, Server, Tls

AD_CA = "/etc/hub/ad-ca.pem"


def operator_groups(username: str, password: str) -> list:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA)
    server = Server("ldaps://dc1.corp.example.com", use_ssl=True, tls=tls, get_info=ALL)
    with Connection(server, user=f"CORP\\{username}", password=password, auto_bind=True) as conn:
        conn.search("dc=corp,dc=example,dc=com", f"(sAMAccountName={username})", attributes=["memberOf"])
        return list(conn.entries[0].memberOf) if conn.entries else []


def vendor_directory_bind(password: str) -> bool:
    tls = Tls(validate=ssl.CERT_NONE)
    server = Server("ldaps://ldap.vendor-portal.example.com", use_ssl=True, tls=tls)
    conn = Connection(server, user="cn=hub,ou=svc,dc=vendor", password=password)
    return conn.bind()


def legacy_openldap(password: str):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize("ldaps://ldap-old.corp.example.com")
    conn.simple_bind_s("cn=hub,ou=svc,dc=corp", password)
    return conn


def openldap(password: str):
    conn = ldap.initialize("ldap://ldap.corp.example.com")
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, AD_CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    conn.simple_bind_s("cn=hub,ou=svc,dc=corp", password)
    return conn
