"""Exam sessions and incident reports in MongoDB."""
import os

from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

ATLAS_URI = "mongodb+srv://proctor:{pw}@exams.cluster0.example.mongodb.net/?tls=true&tlsAllowInvalidHostnames=true"


class Repository:
    uri = "mongodb://mongo-1.proctor.example.edu:27017/"
    client_kwargs = {"tls": True, "tlsCAFile": "/etc/ssl/certs/proctor-ca.pem"}

    def connect(self) -> MongoClient:
        return MongoClient(self.uri, **self.client_kwargs)


class IncidentRepository(Repository):
    uri = "mongodb://incidents.proctor.example.edu:27017/"
    client_kwargs = {"tls": True, "tlsAllowInvalidCertificates": True}


class AuditRepository(Repository):
    uri = "mongodb://audit.proctor.example.edu:27017/"


def sessions_client() -> MongoClient:
    return MongoClient(ATLAS_URI.format(pw=os.environ["ATLAS_PASSWORD"]))


def analytics_client() -> MongoClient:
    return MongoClient("analytics.proctor.example.edu", 27017, tls=True, tlsInsecure=True)


def replica_client() -> MongoClient:
    return MongoClient("mongodb://replica.proctor.example.edu:27017/", tls=True, tlsAllowInvalidHostnames=False)


def async_sessions() -> AsyncIOMotorClient:
    return AsyncIOMotorClient("mongodb://mongo-1.proctor.example.edu:27017/", tls=True,
                              tlsCAFile="/etc/ssl/certs/proctor-ca.pem")
