"""Mutual-TLS control socket for the agents (socketserver based)."""
import socketserver
import ssl

SERVER_CERT = "/etc/harbor/control.pem"
SERVER_KEY = "/etc/harbor/control.key"
AGENT_CA = "/etc/harbor/agents-ca.pem"


def server_context(require_client_cert=True):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(SERVER_CERT, SERVER_KEY)
    if require_client_cert:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(AGENT_CA)
    else:
        ctx.verify_mode = ssl.CERT_NONE
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.load_dh_params("/etc/harbor/dh1024.pem")
    ctx.set_ciphers("ECDHE+AESGCM:!aNULL")
    return ctx


class AgentHandler(socketserver.StreamRequestHandler):
    def handle(self):
        peer = self.request.getpeercert()
        self.wfile.write(b"hello %s\n" % peer.get("subject", ((("commonName", "?"),),))[0][0][1].encode())


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr, ctx):
        super().__init__(addr, AgentHandler)
        self.ctx = ctx

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


def legacy_listener():
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    ctx.load_cert_chain(SERVER_CERT, SERVER_KEY)
    ctx.set_ecdh_curve("prime192v1")
    return TLSServer(("0.0.0.0", 8443), ctx)


if __name__ == "__main__":
    TLSServer(("0.0.0.0", 9443), server_context()).serve_forever()
