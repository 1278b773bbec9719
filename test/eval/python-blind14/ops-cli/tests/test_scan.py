import ssl

from opscli import scan


def test_probe_bounds():
    ctx = scan._probe_context(ssl.TLSVersion.TLSv1_2)
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.maximum_version == ssl.TLSVersion.TLSv1_2


def test_probe_table_names_old_versions():
    assert scan.PROBES["tls1.0"] is ssl.TLSVersion.TLSv1
