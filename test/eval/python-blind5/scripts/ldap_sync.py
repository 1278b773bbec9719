#!/usr/bin/env python3
"""Nightly sync of ledger operators from the corporate directory (ldap3)."""
import ssl
import sys

from ldap3 import ALL, SUBTREE, Connection, Server, Tls

DIRECTORY = "ldap.corp.example.com"
BIND_DN = "cn=ledger-sync,ou=services,dc=corp,dc=example,dc=com"

STRICT_TLS = Tls(
    validate=ssl.CERT_REQUIRED,
    version=ssl.PROTOCOL_TLS_CLIENT,
    ca_certs_file="/etc/ledger/corp-ca.pem",
)


def legacy_tls():
    # the DR directory still runs an old appliance
    return Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLSv1)


def connect(password, host=DIRECTORY, tls=STRICT_TLS):
    server = Server(host, port=636, use_ssl=True, tls=tls, get_info=ALL)
    return Connection(server, user=BIND_DN, password=password, auto_bind=True)


def operators(conn):
    conn.search("ou=people,dc=corp,dc=example,dc=com", "(memberOf=cn=ledger-ops*)",
                search_scope=SUBTREE, attributes=["uid", "mail"])
    return [(e.uid.value, e.mail.value) for e in conn.entries]


def main(argv):
    password = open("/run/secrets/ldap").read().strip()
    if "--dr" in argv:
        conn = connect(password, host="ldap-dr.corp.example.com", tls=legacy_tls())
    else:
        conn = connect(password)
    for uid, mail in operators(conn):
        print(uid, mail)


if __name__ == "__main__":
    main(sys.argv[1:])
