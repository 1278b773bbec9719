import ssl

import ldap
from ldap3 import Connection, Server, Tls

LDAP_HOST = "ldap.corp.example.com"


def bind_service_account(password: str) -> Connection:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/corp-ca.pem", version=ssl.PROTOCOL_TLS_CLIENT)
    server = Server(LDAP_HOST, port=636, use_ssl=True, tls=tls)
    return Connection(server, user="cn=iotbridge,ou=svc,dc=corp,dc=example,dc=com", password=password, auto_bind=True)


def bind_legacy_ad(password: str) -> Connection:
    ad_tls = Tls(validate=ssl.CERT_NONE)
    server = Server("ad-legacy.corp.example.com", port=636, use_ssl=True, tls=ad_tls)
    return Connection(server, user="CORP\\iotbridge", password=password, auto_bind=True)


def bind_old_openldap(password: str) -> Connection:
    old_tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/corp-ca.pem", version=ssl.PROTOCOL_TLSv1)
    server = Server("openldap-old.corp.example.com", port=636, use_ssl=True, tls=old_tls)
    return Connection(server, password=password, auto_bind=True)


def python_ldap_search(base: str, flt: str):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    ldap.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/corp-ca.pem")
    conn = ldap.initialize(f"ldaps://{LDAP_HOST}:636")
    return conn.search_s(base, ldap.SCOPE_SUBTREE, flt)


def python_ldap_legacy(base: str):
    conn = ldap.initialize("ldaps://ad-legacy.corp.example.com:636")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    return conn.search_s(base, ldap.SCOPE_SUBTREE, "(objectClass=computer)")
