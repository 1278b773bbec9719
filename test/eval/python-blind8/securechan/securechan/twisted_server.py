from twisted.internet import reactor, ssl
from twisted.internet.ssl import AcceptableCiphers

LEGACY_CIPHERS = AcceptableCiphers.fromOpenSSLCipherString("ECDHE+AESGCM:EXP-RC4-MD5:RC4-SHA")


def listen(site, key, cert):
    opts = ssl.CertificateOptions(privateKey=key, certificate=cert, acceptableCiphers=LEGACY_CIPHERS)
    return reactor.listenSSL(8443, site, opts)
