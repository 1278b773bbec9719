class InventoryStub:
    def __init__(self, channel):
        self.channel = channel
