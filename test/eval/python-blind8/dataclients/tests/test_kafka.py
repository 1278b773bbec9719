from kafka import KafkaConsumer


def test_ssl_consumer_connects():
    c = KafkaConsumer(
        bootstrap_servers="kafka-test.ci.example.com:9093",
        security_protocol="SSL",
        ssl_cafile="/etc/kafka/ci-ca.pem",
        ssl_check_hostname=False,
    )
    assert c.bootstrap_connected()
