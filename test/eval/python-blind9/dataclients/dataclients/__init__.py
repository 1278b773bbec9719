from .mongo import MongoStore, ReportingMongoStore
from .registry import CLIENTS, get_client

__all__ = ["CLIENTS", "MongoStore", "ReportingMongoStore", "get_client"]
