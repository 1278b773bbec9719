from pymongo import MongoClient

MONGO_OPTS = {"tls": True, "tlsCAFile": "/etc/ssl/mongo-ca.pem"}


class ShipmentStore:
    client_kwargs = MONGO_OPTS

    def __init__(self, uri: str):
        self.client = MongoClient(uri, **self.client_kwargs)


class ScannerStore(ShipmentStore):
    client_kwargs = {**MONGO_OPTS, "tlsAllowInvalidHostnames": True}


class HardenedStore(ShipmentStore):
    client_kwargs = {**MONGO_OPTS, "tlsAllowInvalidCertificates": False}


TRACKER_URI = "mongodb://tracker@mongo-1.logistics.example:27017/?tls=true&tlsInsecure=true"
scans = ScannerStore("mongodb://mongo-2.logistics.example:27017/")
tracker = MongoClient(TRACKER_URI)
hardened = HardenedStore("mongodb://mongo-3.logistics.example:27017/")
