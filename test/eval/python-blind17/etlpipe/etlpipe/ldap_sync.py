import ssl

import ldap
from ldap3 import ALL, Connection, Server, Tls

CA = "/etc/etlpipe/ldap-ca.pem"


def directory_conn(user, password):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA, version=ssl.PROTOCOL_TLS_CLIENT)
    server = Server("ldap.corp.example.com", port=636, use_ssl=True, tls=tls, get_info=ALL)
    return Connection(server, user=user, password=password, auto_bind=True)


def ad_conn(user, password):
    tls = Tls(validate=ssl.CERT_NONE)
    server = Server("dc01.corp.example.com", port=636, use_ssl=True, tls=tls)
    return Connection(server, user=user, password=password, auto_bind=True)


def old_ad_conn(user, password):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA, version=ssl.PROTOCOL_TLSv1)
    server = Server("dc-legacy.corp.example.com", port=636, use_ssl=True, tls=tls)
    return Connection(server, user=user, password=password, auto_bind=True)


def python_ldap_search(base):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize("ldaps://ldap.corp.example.com")
    return conn.search_s(base, ldap.SCOPE_SUBTREE, "(objectClass=person)")


def python_ldap_verified(base):
    conn = ldap.initialize("ldaps://ldap.corp.example.com")
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    return conn.search_s(base, ldap.SCOPE_SUBTREE, "(objectClass=group)")
