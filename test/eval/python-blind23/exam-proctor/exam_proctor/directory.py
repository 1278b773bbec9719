"""Candidate and invigilator lookups in the university directories."""
import ssl

import ldap3

CAMPUS_DIRECTORIES = {
    "north": "ldap-north.university.example.edu",
    "south": "ldap-south.university.example.edu",
}


def _tls_for(campus: str) -> ldap3.Tls:
    if campus == "north":
        return ldap3.Tls(
            validate=ssl.CERT_NONE,
            version=ssl.PROTOCOL_TLSv1,
        )
    return ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/university-ca.pem")


def lookup(campus: str, uid: str, bind_dn: str, password: str) -> dict:
    server = ldap3.Server(CAMPUS_DIRECTORIES[campus], port=636, use_ssl=True, tls=_tls_for(campus))
    with ldap3.Connection(server, user=bind_dn, password=password, auto_bind=True) as conn:
        conn.search("ou=people,dc=university,dc=example,dc=edu", f"(uid={uid})", attributes=["cn", "mail"])
        return conn.entries[0].entry_attributes_as_dict if conn.entries else {}
