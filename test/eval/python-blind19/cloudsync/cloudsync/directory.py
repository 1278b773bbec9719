import ssl

import ldap
import ldap3

AD_CA = "/etc/cloudsync/ad-ca.pem"


def ad_server():
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, version=ssl.PROTOCOL_TLS_CLIENT)
    return ldap3.Server("ldaps://ad.corp.example.com", use_ssl=True, tls=tls)


def legacy_directory():
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    return ldap3.Server("ldaps://dir-legacy.corp.example.com", use_ssl=True, tls=tls)


def old_directory():
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, version=ssl.PROTOCOL_TLSv1)
    return ldap3.Server("ldaps://dir-old.corp.example.com", use_ssl=True, tls=tls)


def openldap(uri):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s("cn=sync,dc=corp,dc=example,dc=com", "")
    return conn


def openldap_demand(uri):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, AD_CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    return conn
