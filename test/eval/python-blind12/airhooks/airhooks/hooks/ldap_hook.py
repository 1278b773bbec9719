import ssl

from ldap3 import ALL, Connection, Server, Tls

from .base import BaseHook


class LdapHook(BaseHook):
    def __init__(self, ldap_conn_id: str = "ldap_default", strict: bool = True):
        self.ldap_conn_id = ldap_conn_id
        self.strict = strict

    def get_conn(self) -> Connection:
        conn = self.get_connection(self.ldap_conn_id)
        tls = Tls(
            validate=ssl.CERT_REQUIRED,
            version=ssl.PROTOCOL_TLS_CLIENT,
            ca_certs_file="/etc/airhooks/ldap-ca.pem",
        )
        server = Server(conn.host, port=636, use_ssl=True, tls=tls, get_info=ALL)
        return Connection(server, user=conn.login, password=conn.password, auto_bind=True)

    def get_ad_conn(self) -> Connection:
        conn = self.get_connection("active_directory")
        tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLSv1_1)
        server = Server("dc01.corp.example.com", port=636, use_ssl=True, tls=tls)
        return Connection(server, user=conn.login, password=conn.password, auto_bind=True)
