"""Old appliance protocol: framed messages over ssl.wrap_socket (Python 3.8 boxes)."""
import socket
import ssl

APPLIANCE_CA = "/etc/ledger/appliance-ca.pem"


def connect(host, port=7000):
    raw = socket.create_connection((host, port))
    tls = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs=APPLIANCE_CA)
    tls.sendall(b"HELLO\n")
    return tls


def describe(tls):
    cert = tls.getpeercert()
    return {k: v for ((k, v),) in cert.get("subject", ())}
