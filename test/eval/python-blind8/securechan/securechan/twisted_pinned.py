import hashlib

from OpenSSL import SSL
from twisted.internet import reactor, ssl

PINNED_SHA256 = "5f1c0d2e3b4a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0"


class PinnedContextFactory(ssl.ClientContextFactory):
    def getContext(self):
        ctx = ssl.ClientContextFactory.getContext(self)
        ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, self._check)
        return ctx

    def _check(self, conn, cert, errno, depth, ok):
        if depth > 0:
            return ok
        return hashlib.sha256(cert.to_cryptography().public_bytes_der() if hasattr(cert, "to_cryptography") else b"").hexdigest() == PINNED_SHA256


def connect(factory):
    return reactor.connectSSL("pinned.exchange.example", 7443, factory, PinnedContextFactory())
