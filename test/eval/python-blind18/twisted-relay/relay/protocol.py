from twisted.internet import protocol


class Relay(protocol.Protocol):
    def dataReceived(self, data: bytes) -> None:
        self.factory.peer.transport.write(data)


class RelayFactory(protocol.ClientFactory):
    protocol = Relay

    def __init__(self, peer):
        self.peer = peer
