"""Read users from Active Directory with ldap3."""
import ssl

from ldap3 import ALL, NTLM, SUBTREE, Connection, Server, Tls

AD_CA = "/etc/ldapsync/ad-ca.pem"

SECURE_TLS = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, version=ssl.PROTOCOL_TLS_CLIENT)


def ad_connection(host, user, password):
    server = Server(host, port=636, use_ssl=True, tls=SECURE_TLS, get_info=ALL)
    return Connection(server, user=user, password=password, authentication=NTLM, auto_bind=True)


def lab_connection(host, user, password):
    tls = Tls(validate=ssl.CERT_NONE)
    server = Server(host, port=636, use_ssl=True, tls=tls)
    return Connection(server, user=user, password=password, auto_bind=True)


def legacy_dc_connection(host, user, password):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, version=ssl.PROTOCOL_TLSv1)
    server = Server(host, port=636, use_ssl=True, tls=tls)
    return Connection(server, user=user, password=password, auto_bind=True)


def weak_cipher_connection(host, user, password):
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=AD_CA, ciphers="HIGH:RC4-SHA:!aNULL")
    return Connection(Server(host, use_ssl=True, tls=tls), user=user, password=password, auto_bind=True)


def users(conn, base="OU=Staff,DC=acme,DC=internal"):
    conn.search(base, "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
                SUBTREE, attributes=["sAMAccountName", "mail", "memberOf"])
    return [e.entry_attributes_as_dict for e in conn.entries]
