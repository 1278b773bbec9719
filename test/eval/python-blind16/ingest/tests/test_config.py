from ingest.config import IngestSettings


def test_defaults():
    s = IngestSettings()
    assert s.es_url.startswith("https://")
    assert s.kafka_ca.endswith(".pem")
