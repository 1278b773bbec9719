import ssl

import ldap
from ldap3 import ALL, Connection, Server, Tls

from .base import BaseHttpHook


class DirectoryHook(BaseHttpHook):
    """Reads group membership from the corporate directory."""

    ldap_url = "ldaps://ldap.corp.example.com:636"

    def __init__(self, bind_dn, password):
        super().__init__()
        self.bind_dn = bind_dn
        self.password = password
        self.tls = Tls(
            validate=ssl.CERT_NONE,
            version=ssl.PROTOCOL_TLSv1_1,
            ca_certs_file="/etc/ssl/certs/corp-ca.pem",
        )

    def groups_for(self, uid):
        server = Server(self.ldap_url, use_ssl=True, tls=self.tls, get_info=ALL)
        with Connection(server, self.bind_dn, self.password, auto_bind=True) as conn:
            conn.search("ou=people,dc=corp,dc=example,dc=com", f"(uid={uid})", attributes=["memberOf"])
            return [str(g) for g in conn.entries[0].memberOf] if conn.entries else []


class LegacyDirectoryHook(BaseHttpHook):
    ldap_url = "ldap://ldap-old.corp.example.com"

    def connect(self, bind_dn, password):
        conn = ldap.initialize(self.ldap_url)
        conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
        conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
        conn.start_tls_s()
        conn.simple_bind_s(bind_dn, password)
        return conn


class SafeDirectoryHook(BaseHttpHook):
    def connect(self):
        conn = ldap.initialize("ldaps://ldap.corp.example.com")
        conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
        conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/corp-ca.pem")
        return conn
