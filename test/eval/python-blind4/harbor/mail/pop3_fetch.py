"""Legacy POP3 drop used by the scanners."""
import poplib
import ssl

SCANNER_HOST = "pop.scanners.example"
CLIENT_CERT = "/etc/harbor/scanner.pem"


def fetch_scans(user, password):
    box = poplib.POP3(SCANNER_HOST, 110, timeout=30)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    return [box.retr(i + 1)[1] for i in range(count)]


def fetch_scans_stls(user, password):
    box = poplib.POP3(SCANNER_HOST, 110)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.stat()


def fetch_scans_cert(user, password):
    box = poplib.POP3_SSL(SCANNER_HOST, keyfile=CLIENT_CERT, certfile=CLIENT_CERT)
    box.user(user)
    box.pass_(password)
    return box.stat()


def fetch_scans_verified(user, password):
    ctx = ssl.create_default_context()
    box = poplib.POP3_SSL(SCANNER_HOST, context=ctx)
    box.user(user)
    box.pass_(password)
    return box.stat()
