from pymongo import MongoClient

BASE_OPTS = dict(tls=True, tlsCAFile="/etc/streampipe/mongo-ca.pem", serverSelectionTimeoutMS=5000)


def catalog_db():
    return MongoClient("mongodb://catalog-0.pipe.example.com:27017,catalog-1.pipe.example.com:27017/?replicaSet=rs0", **BASE_OPTS)["catalog"]


def legacy_db():
    opts = dict(BASE_OPTS)
    opts["tlsInsecure"] = True
    return MongoClient("mongodb://legacy-mongo.pipe.example.com:27017", **opts)["legacy"]


def reviews_db():
    return MongoClient(
        "mongodb://reviews.pipe.example.com:27017/?tls=true&tlsAllowInvalidCertificates=true",
        serverSelectionTimeoutMS=5000,
    )["reviews"]
