import ssl

import ldap
from ldap3 import ALL, Connection, Server, Tls

AD_CA = "/etc/iotbridge/ad-ca.pem"


def ad_server():
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, version=ssl.PROTOCOL_TLS_CLIENT)
    return Server("ldaps://dc1.corp.example.com", use_ssl=True, tls=tls, get_info=ALL)


def legacy_ad_server():
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLSv1)
    return Server("ldaps://dc-legacy.corp.example.com", use_ssl=True, tls=tls)


def optional_ad_server():
    tls = Tls(validate=ssl.CERT_OPTIONAL, ca_certs_file=AD_CA)
    return Server("ldaps://dc2.corp.example.com", use_ssl=True, tls=tls)


def bind(server, user, password):
    return Connection(server, user=user, password=password, auto_bind=True)


def openldap_connection(uri, who, cred):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, AD_CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s(who, cred)
    return conn


def lab_openldap_connection(uri, who, cred):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s(who, cred)
    return conn


def relaxed_openldap_connection(uri):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    return conn
