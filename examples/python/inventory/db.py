import psycopg2

from . import settings


def connect():
    return psycopg2.connect(settings.DATABASE_DSN)
