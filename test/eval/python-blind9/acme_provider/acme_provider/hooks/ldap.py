import ssl

import ldap
from ldap3 import Connection, Server, Tls

from .. import settings
from .base import AcmeBaseHook


class AcmeLdapHook(AcmeBaseHook):
    conn_type = "acme_ldap"

    def get_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.LDAP_CA_FILE, version=settings.LDAP_TLS_VERSION)
        server = Server(conn.host, port=636, use_ssl=True, tls=tls)
        return Connection(server, user=conn.login, password=conn.password, auto_bind=True)

    def get_directory_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        tls = Tls(validate=ssl.CERT_NONE)
        server = Server(conn.host, use_ssl=True, tls=tls)
        return Connection(server, user=conn.login, password=conn.password, auto_bind=True)


def legacy_bind(uri, who, cred):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    conn.simple_bind_s(who, cred)
    return conn


def strict_bind(uri, who, cred):
    conn = ldap.initialize(uri)
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, settings.LDAP_CA_FILE)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.start_tls_s()
    conn.simple_bind_s(who, cred)
    return conn
