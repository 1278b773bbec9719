import ssl

import ldap
import ldap3

LAB_CA = "/etc/lab/ca.pem"

strict_tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=LAB_CA)
old_ad_tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLSv1, ca_certs_file=LAB_CA)
guest_tls = ldap3.Tls(validate=ssl.CERT_NONE)


def people_server():
    return ldap3.Server("ldaps://ldap.lab.example", use_ssl=True, tls=strict_tls)


def guest_server():
    return ldap3.Server("ldaps://guest-ldap.lab.example", use_ssl=True, tls=guest_tls)


def legacy_bind(uri: str, who: str, cred: str):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s(who, cred)
    return conn


def modern_bind(uri: str, who: str, cred: str):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, LAB_CA)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    conn.simple_bind_s(who, cred)
    return conn
