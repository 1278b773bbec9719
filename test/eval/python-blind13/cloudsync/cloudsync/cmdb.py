import http.client
import json
import ssl

CMDB_HOST = "cmdb.corp.example.com"
CMDB_CA = "/etc/pki/tls/certs/corp-ca.pem"


def cmdb_connection():
    return http.client.HTTPSConnection(CMDB_HOST, 443, context=ssl.create_default_context(cafile=CMDB_CA), timeout=20)


def lab_cmdb_connection():
    return http.client.HTTPSConnection("cmdb.lab.corp.example.com", 443, context=ssl._create_unverified_context(), timeout=20)


def mtls_cmdb_connection(key, cert):
    return http.client.HTTPSConnection(CMDB_HOST, 443, key_file=key, cert_file=cert)


def loose_cmdb_connection():
    return http.client.HTTPSConnection(CMDB_HOST, 443, check_hostname=False)


def register(artifact):
    conn = cmdb_connection()
    conn.request("POST", "/api/v1/artifacts", json.dumps(artifact), {"Content-Type": "application/json"})
    resp = conn.getresponse()
    return resp.status, json.loads(resp.read() or b"{}")
