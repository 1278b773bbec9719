KAFKA_BROKERS = ["kafka-1.internal.example:9093", "kafka-2.internal.example:9093"]
KAFKA_CA = "/etc/ssl/certs/kafka-ca.pem"
WAREHOUSE_HOST = "warehouse.internal.example"
DB_CA = "/etc/ssl/certs/db-ca.pem"
REDIS_DEFAULTS = {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem", "socket_timeout": 5}
# The 2018 cluster's certificates expired; ops will rotate them "soon".
REDIS_LEGACY = {"ssl_cert_reqs": None, "socket_timeout": 5}
