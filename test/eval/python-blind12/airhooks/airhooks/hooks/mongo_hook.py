from pymongo import MongoClient

from .base import BaseHook


class MongoHook(BaseHook):
    default_conn_name = "mongo_default"
    client_kwargs = {"tls": True, "tlsCAFile": "/etc/airhooks/mongo-ca.pem"}

    def __init__(self, mongo_conn_id: str = default_conn_name):
        self.mongo_conn_id = mongo_conn_id

    def get_conn(self) -> MongoClient:
        conn = self.get_connection(self.mongo_conn_id)
        uri = f"mongodb://{conn.login}:{conn.password}@{conn.host}:{conn.port or 27017}/{conn.schema}"
        return MongoClient(uri, **self.client_kwargs)


class LegacyAtlasHook(MongoHook):
    default_conn_name = "atlas_legacy"
    client_kwargs = {"tls": True, "tlsAllowInvalidCertificates": True}


def events_client() -> MongoClient:
    return MongoClient(
        "mongodb+srv://events:secret@events.ab12c.mongodb.net/?tlsAllowInvalidHostnames=true&retryWrites=true"
    )


def audit_client() -> MongoClient:
    return MongoClient("mongodb://audit.internal:27017", tls=True, tlsInsecure=False, tlsCAFile="/etc/airhooks/mongo-ca.pem")
