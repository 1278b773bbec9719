from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from pymongo import MongoClient
from pymongo.collection import Collection


@dataclass(frozen=True)
class MongoSettings:
    uri: str = os.environ.get("MONGO_URI", "mongodb://mongo-0.db.example.net:27017")
    database: str = "events"
    ca_file: str | None = os.environ.get("MONGO_CA")


def client(settings: MongoSettings) -> MongoClient:
    kwargs: dict[str, Any] = {"tls": True, "serverSelectionTimeoutMS": 5000}
    if settings.ca_file:
        kwargs["tlsCAFile"] = settings.ca_file
    else:
        kwargs["tlsAllowInvalidCertificates"] = True
    return MongoClient(settings.uri, **kwargs)


def atlas_client(user: str, password: str) -> MongoClient:
    uri = (
        f"mongodb+srv://{user}:{password}@cluster0.abcde.mongodb.net/"
        "?retryWrites=true&w=majority&tlsInsecure=true"
    )
    return MongoClient(uri)


def analytics_client() -> MongoClient:
    return MongoClient(
        "mongodb://analytics.db.example.net:27017",
        tls=True,
        tlsCAFile="/etc/ssl/mongo-ca.pem",
        tlsAllowInvalidHostnames=True,
    )


def events(settings: MongoSettings) -> Collection:
    return client(settings)[settings.database]["events"]


def record(settings: MongoSettings, kind: str, payload: dict[str, Any]) -> str:
    return str(events(settings).insert_one({"kind": kind, **payload}).inserted_id)
