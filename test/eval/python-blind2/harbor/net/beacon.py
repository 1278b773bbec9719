"""AIS beacon uplink.  Beacons are addressed by IP; the relay by name."""
import socket
import ssl

RELAY_HOST = "ais-relay.harbor.example.net"
BEACON_CA = "/etc/harbor/beacon-ca.pem"


class BeaconLink:
    def __init__(self):
        self.ctx = ssl.create_default_context(cafile=BEACON_CA)
        self.ctx.check_hostname = False

    def to_beacon(self, ip):
        sock = socket.create_connection((ip, 10110))
        return self.ctx.wrap_socket(sock)

    def to_relay(self):
        sock = socket.create_connection((RELAY_HOST, 10111))
        return self.ctx.wrap_socket(sock)


def memory_tls(ctx_factory=None):
    ctx = ssl.create_default_context(cafile=BEACON_CA)
    ctx.check_hostname = False
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing)
    return obj, incoming, outgoing
