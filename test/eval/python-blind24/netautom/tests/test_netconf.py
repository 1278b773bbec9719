import socket
import ssl

from netautom import netconf


def test_context_verifies():
    ctx = netconf.netconf_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_lab_switch_without_verification():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with ctx.wrap_socket(socket.create_connection(("lab-sw.dc1.example.net", 6513)), server_hostname="lab-sw.dc1.example.net") as s:
        assert s.version()
