"""Device gateway: a threaded TLS server that requires client certificates."""
import socketserver
import ssl

SERVER_CERT = "/etc/gateway/server.pem"
SERVER_KEY = "/etc/gateway/server.key"
DEVICE_CA = "/etc/gateway/device-ca.pem"


def server_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=DEVICE_CA)
    ctx.load_cert_chain(SERVER_CERT, SERVER_KEY)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    # Field devices from 2014 only know P-192.
    ctx.set_ecdh_curve("prime192v1")
    ctx.load_dh_params("/etc/gateway/dh1024.pem")
    return ctx


def legacy_device_context() -> ssl.SSLContext:
    """Port 9443 serves the 2014 fleet, which has no client certificates at all."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    ctx.load_cert_chain(SERVER_CERT, SERVER_KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.set_npn_protocols(["devproto/1"])
    return ctx


class DeviceHandler(socketserver.StreamRequestHandler):
    def handle(self):
        peer = self.request.getpeercert()
        device_id = dict(x[0] for x in peer["subject"])["commonName"]
        for line in self.rfile:
            self.wfile.write(b"ack " + device_id.encode() + b" " + line)


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr, handler, context):
        super().__init__(addr, handler)
        self.socket = context.wrap_socket(self.socket, server_side=True)


def serve(port=8883):
    with TLSServer(("0.0.0.0", port), DeviceHandler, server_context()) as srv:
        srv.serve_forever()


def serve_legacy(port=9443):
    with TLSServer(("0.0.0.0", port), DeviceHandler, legacy_device_context()) as srv:
        srv.serve_forever()
