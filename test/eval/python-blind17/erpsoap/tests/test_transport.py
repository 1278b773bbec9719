from erpsoap.transport import ERP_CA, make_session


def test_default_ca():
    assert make_session().verify == ERP_CA


def test_can_disable_for_sandbox():
    s = make_session(verify=False)
    assert s.verify is False
