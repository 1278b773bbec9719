from twisted.internet import ssl


def load_server_options() -> ssl.CertificateOptions:
    with open("/etc/relay/tls/key.pem", "rb") as fh:
        key = ssl.KeyPair.load(fh.read(), 1)
    with open("/etc/relay/tls/cert.pem", "rb") as fh:
        cert = ssl.Certificate.loadPEM(fh.read())
    # server side: clients are not asked for certificates
    return ssl.CertificateOptions(privateKey=key.original, certificate=cert.original, verify=False)
