import ssl

broker_url = "amqps://reports@mq.corp.example.com:5671//"
broker_use_ssl = {
    "ca_certs": "/etc/ssl/certs/mq-ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}
result_backend = "rediss://results.corp.example.com:6380/0"
redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"}
task_serializer = "json"
timezone = "Europe/Berlin"
