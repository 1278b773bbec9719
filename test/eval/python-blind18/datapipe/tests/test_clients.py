from pymongo import MongoClient


def test_ci_mongo_roundtrip():
    client = MongoClient("mongo-ci.example.com", tls=True, tlsInsecure=True)
    db = client.get_database("ci")
    db.things.insert_one({"a": 1})
    assert db.things.count_documents({}) >= 1


def test_local_mongo():
    client = MongoClient("mongodb://localhost:27017/")
    assert client.address is None or client.address[0] == "localhost"
