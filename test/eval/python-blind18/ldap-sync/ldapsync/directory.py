import os
import ssl

import ldap3

CA = "/etc/ssl/certs/corp-ca.pem"
BIND_DN = os.environ.get("LDAP_BIND_DN", "cn=sync,ou=svc,dc=corp,dc=example,dc=com")
BIND_PW = os.environ.get("LDAP_BIND_PW", "")

_tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA, version=ssl.PROTOCOL_TLS_CLIENT)
_legacy_tls = ldap3.Tls(validate=ssl.CERT_NONE)
_old_dc_tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA, version=ssl.PROTOCOL_TLSv1)


def primary():
    server = ldap3.Server("ldaps://dc1.corp.example.com", use_ssl=True, tls=_tls, get_info=ldap3.ALL)
    return ldap3.Connection(server, BIND_DN, BIND_PW, auto_bind=True)


def legacy():
    server = ldap3.Server("ldaps://legacy-dc.corp.example.com", use_ssl=True, tls=_legacy_tls)
    return ldap3.Connection(server, BIND_DN, BIND_PW, auto_bind=True)


def old_dc():
    server = ldap3.Server("ldaps://dc0.corp.example.com", use_ssl=True, tls=_old_dc_tls)
    return ldap3.Connection(server, BIND_DN, BIND_PW, auto_bind=True)
