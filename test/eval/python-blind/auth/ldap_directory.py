"""LDAP lookups against Active Directory."""
import logging
import ssl

import ldap
from ldap3 import ALL, NTLM, Connection, Server, Tls

log = logging.getLogger(__name__)

AD_HOST = "dc01.corp.example.com"
BIND_USER = "CORP\\svc-portal"


def ad_server() -> Server:
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLSv1)
    return Server(AD_HOST, port=636, use_ssl=True, tls=tls, get_info=ALL)


def ad_server_verified() -> Server:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/corp-ca.pem")
    return Server(AD_HOST, port=636, use_ssl=True, tls=tls)


def find_user(username: str, password: str) -> dict | None:
    conn = Connection(ad_server(), user=BIND_USER, password=password, authentication=NTLM, auto_bind=True)
    conn.search("dc=corp,dc=example,dc=com", f"(sAMAccountName={username})", attributes=["mail", "displayName"])
    if not conn.entries:
        return None
    entry = conn.entries[0]
    return {"mail": str(entry.mail), "name": str(entry.displayName)}


def legacy_bind(uri: str, dn: str, password: str):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.start_tls_s()
    conn.simple_bind_s(dn, password)
    return conn


def strict_bind(uri: str, dn: str, password: str):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    conn.simple_bind_s(dn, password)
    return conn
