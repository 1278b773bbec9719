"""Provider-wide defaults."""
import ssl

LDAP_CA_FILE = "/etc/ssl/certs/ad-ca.pem"
# The 2008 R2 domain controllers cannot do better than TLS 1.0.
LDAP_TLS_VERSION = ssl.PROTOCOL_TLSv1
SEARCH_CA_FILE = "/etc/ssl/certs/es-ca.pem"
