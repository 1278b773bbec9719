from airflow.hooks.base import BaseHook
from pymongo import MongoClient


class EventsMongoHook(BaseHook):
    client_kwargs = {"tls": True, "tlsCAFile": "/opt/airflow/certs/mongo-ca.pem"}

    def __init__(self, conn_id="events_mongo"):
        super().__init__()
        self.conn_id = conn_id

    def get_conn(self):
        conn = self.get_connection(self.conn_id)
        uri = f"mongodb://{conn.login}:{conn.password}@{conn.host}:{conn.port or 27017}/{conn.schema}"
        return MongoClient(uri, **self.client_kwargs)


class LabMongoHook(EventsMongoHook):
    client_kwargs = {"tls": True, "tlsInsecure": True}
