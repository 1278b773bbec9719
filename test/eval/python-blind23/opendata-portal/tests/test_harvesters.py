from opendata_portal.harvesters.municipal import HARVESTERS, MunicipalHarvester


def test_municipal_is_marked_insecure():
    # Documented exception: see docs/municipal-certificates.md
    assert MunicipalHarvester.verify_ssl is False


def test_registry():
    assert set(HARVESTERS) == {"municipal", "stats-office", "census"}
