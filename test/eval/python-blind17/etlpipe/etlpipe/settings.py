import os

PG_HOST = os.environ.get("ETL_PG_HOST", "warehouse-db.prod.example.com")
PG_USER = os.environ.get("ETL_PG_USER", "etl")
PG_PASSWORD = os.environ.get("ETL_PG_PASSWORD", "")
PG_SSLROOTCERT = "/etc/etlpipe/pg-root.crt"

MONGO_URI = os.environ.get("ETL_MONGO_URI", "mongodb://events-mongo.prod.example.com:27017/events")
MONGO_CA = "/etc/etlpipe/mongo-ca.pem"

REDIS_HOST = "cache.prod.example.com"
REDIS_CA = "/etc/etlpipe/redis-ca.pem"

SCORING_TARGET = os.environ.get("ETL_SCORING_TARGET", "localhost:50051")
