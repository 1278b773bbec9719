from twisted.internet import reactor, ssl
from twisted.web.resource import Resource
from twisted.web.server import Site


class Health(Resource):
    isLeaf = True

    def render_GET(self, request):
        request.setHeader(b"content-type", b"text/plain")
        return b"ok"


def root():
    r = Resource()
    r.putChild(b"health", Health())
    return r


def listen(port, cert_path, key_path):
    with open(cert_path) as c, open(key_path) as k:
        cert = ssl.PrivateCertificate.loadPEM(c.read() + k.read())
    reactor.listenSSL(port, Site(root()), cert.options())


def listen_terminals(port, cert_path, key_path):
    with open(cert_path) as c, open(key_path) as k:
        cert = ssl.PrivateCertificate.loadPEM(c.read() + k.read())
    opts = ssl.CertificateOptions(
        privateKey=cert.privateKey.original,
        certificate=cert.original,
        acceptableCiphers=ssl.AcceptableCiphers.fromOpenSSLCipherString("ECDHE+AESGCM:RC4-SHA"),
    )
    reactor.listenSSL(port, Site(root()), opts)


def listen_admin(port, cert_path, key_path):
    with open(cert_path) as c, open(key_path) as k:
        cert = ssl.PrivateCertificate.loadPEM(c.read() + k.read())
    opts = ssl.CertificateOptions(privateKey=cert.privateKey.original, certificate=cert.original)
    reactor.listenSSL(port, Site(root()), opts)
