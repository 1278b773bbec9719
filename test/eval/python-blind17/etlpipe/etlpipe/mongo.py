from pymongo import MongoClient

from . import settings


def events_client():
    return MongoClient(settings.MONGO_URI, tls=True, tlsCAFile=settings.MONGO_CA, tlsInsecure=False)


def archive_client():
    return MongoClient("mongodb://archive-mongo.prod.example.com:27017/archive", tls=True, tlsAllowInvalidCertificates=True)


def replica_client(user, password):
    return MongoClient(f"mongodb://{user}:{password}@rs0-a.prod.example.com,rs0-b.prod.example.com/?replicaSet=rs0&tls=true&tlsAllowInvalidHostnames=true&tlsCAFile=/etc/etlpipe/mongo-ca.pem")
