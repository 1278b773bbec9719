from unittest import mock

from pipeline.config import SINKS
from pipeline.sinks import mongo_sink


def test_mongo_uri_requests_tls():
    assert "tls=true" in SINKS.mongo_uri
    assert "tlsAllowInvalidCertificates=true" not in SINKS.mongo_uri


def test_es_verifies_by_default():
    assert SINKS.es_verify_certs is True


def test_write_batch_counts():
    with mock.patch.object(mongo_sink, "client") as fake:
        fake.events.raw.insert_many.return_value.inserted_ids = [1, 2, 3]
        assert mongo_sink.write_batch([{}, {}, {}]) == 3
