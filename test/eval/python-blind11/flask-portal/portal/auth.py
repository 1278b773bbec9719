import ssl

import ldap
import ldap3
from flask import current_app


def authenticate(username, password):
    tls = ldap3.Tls(
        validate=ssl.CERT_REQUIRED,
        version=ssl.PROTOCOL_TLS_CLIENT,
        ca_certs_file=current_app.config["LDAP_CA"],
    )
    server = ldap3.Server(current_app.config["LDAP_URL"], use_ssl=True, tls=tls, get_info=ldap3.NONE)
    conn = ldap3.Connection(server, user=f"uid={username},ou=people,dc=corp,dc=example,dc=com", password=password)
    return conn.bind()


def legacy_directory_groups(username):
    conn = ldap.initialize("ldaps://legacy-dc.corp.example.com")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s()
    res = conn.search_s("ou=groups,dc=corp,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(memberUid={username})", ["cn"])
    return [entry["cn"][0].decode() for _, entry in res]
