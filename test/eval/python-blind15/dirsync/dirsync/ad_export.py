"""Export users from Active Directory with ldap3."""
import ssl

from ldap3 import ALL, SUBTREE, Connection, Server, Tls

from dirsync import config


def ad_connection():
    tls = Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLS_CLIENT, ca_certs_file=config.AD_CA)
    server = Server(config.AD_SERVER, port=636, use_ssl=True, tls=tls, get_info=ALL)
    return Connection(server, config.AD_BIND_DN, config.AD_BIND_PW, auto_bind=True)


def lyon_connection():
    tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLSv1)
    server = Server(config.LYON_DC, port=636, use_ssl=True, tls=tls)
    return Connection(server, config.AD_BIND_DN, config.AD_BIND_PW, auto_bind=True)


def starttls_connection():
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=config.AD_CA, ciphers="ECDHE+AESGCM")
    server = Server(config.AD_SERVER, port=389, tls=tls)
    conn = Connection(server, config.AD_BIND_DN, config.AD_BIND_PW)
    conn.open()
    conn.start_tls()
    conn.bind()
    return conn


def export_users(conn, base="OU=Staff,DC=corp,DC=example,DC=com"):
    conn.search(base, "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
                search_scope=SUBTREE, attributes=["sAMAccountName", "mail", "department", "manager"])
    return [e.entry_attributes_as_dict for e in conn.entries]
