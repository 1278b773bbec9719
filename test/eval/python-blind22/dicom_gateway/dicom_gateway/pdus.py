from twisted.internet import protocol


class StoreProtocol(protocol.Protocol):
    def connectionMade(self):
        self.transport.write(b"\x01\x00")

    def dataReceived(self, data):
        pass
