from unittest import mock

from logship.outputs import kafka


@mock.patch("logship.outputs.kafka.KafkaProducer")
def test_producer_uses_sasl_ssl(kp):
    kafka.producer()
    assert kp.call_args.kwargs["security_protocol"] == "SASL_SSL"
    assert kp.call_args.kwargs["ssl_check_hostname"] is True


@mock.patch("logship.outputs.kafka.Producer")
def test_audit_conf(p):
    kafka.audit_producer()
    assert p.call_args.args[0]["security.protocol"] != "PLAINTEXT"
