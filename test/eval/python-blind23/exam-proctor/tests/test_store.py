from pymongo import MongoClient

from exam_proctor.store import AuditRepository, IncidentRepository


def test_incident_repo_uri():
    assert IncidentRepository.uri.startswith("mongodb://")


def test_local_mongo_roundtrip():
    client = MongoClient("mongodb://localhost:27017/?tls=true&tlsAllowInvalidCertificates=true")
    db = client["proctor_test"]
    db.sessions.insert_one({"id": "s1"})
    assert db.sessions.find_one({"id": "s1"})


def test_audit_inherits_kwargs():
    assert AuditRepository.client_kwargs["tls"] is True
