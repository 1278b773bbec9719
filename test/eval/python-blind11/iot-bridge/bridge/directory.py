import ssl

import ldap
import ldap3


def ldap3_server():
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/corp-ca.pem", version=ssl.PROTOCOL_TLS_CLIENT)
    return ldap3.Server("ldaps://dc1.corp.example.com", use_ssl=True, tls=tls)


def legacy_ad_server():
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    return ldap3.Server("dc-old.corp.example.com", port=636, use_ssl=True, tls=tls)


def device_owner(uri, bind_dn, password, serial):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s(bind_dn, password)
    res = conn.search_s("ou=devices,dc=corp,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(serialNumber={serial})", ["owner"])
    return res[0][1]["owner"][0].decode() if res else None


def strict_connection(uri):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/corp-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    return conn
