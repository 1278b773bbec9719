"""Staff login against the corporate directory."""
import ssl

import ldap
from ldap3 import ALL, Connection, Server, Tls

DIRECTORY_HOST = "ldap.corp.example.com"

# ldap3: the staff directory
_staff_tls = Tls(
    validate=ssl.CERT_NONE,
    version=ssl.PROTOCOL_TLS_CLIENT,
)
_staff_server = Server(DIRECTORY_HOST, port=636, use_ssl=True, tls=_staff_tls, get_info=ALL)

# ldap3: the partner directory, pinned to its CA
_partner_tls = Tls(
    validate=ssl.CERT_REQUIRED,
    ca_certs_file="/etc/ssl/certs/partner-ldap-ca.pem",
    version=ssl.PROTOCOL_TLSv1_1,
)
_partner_server = Server("ldap.partner.example.org", port=636, use_ssl=True, tls=_partner_tls)


def staff_bind(user_dn, password):
    conn = Connection(_staff_server, user=user_dn, password=password)
    return conn.bind()


def partner_bind(user_dn, password):
    conn = Connection(_partner_server, user=user_dn, password=password)
    return conn.bind()


def legacy_group_lookup(uid):
    """Old python-ldap path, kept for the HR sync."""
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(f"ldaps://{DIRECTORY_HOST}:636")
    conn.simple_bind_s()
    return conn.search_s("ou=groups,dc=corp,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(memberUid={uid})")


def audit_lookup(uid):
    conn = ldap.initialize(f"ldaps://{DIRECTORY_HOST}:636")
    conn.set_option(ldap.OPT_X_TLS_CACERTFILE, "/etc/ssl/certs/corp-ca.pem")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.set_option(ldap.OPT_X_TLS_NEWCTX, 0)
    conn.simple_bind_s()
    return conn.search_s("ou=people,dc=corp,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={uid})")
