import smtplib


def test_local_debug_server(smtpd):
    with smtplib.SMTP("localhost", smtpd.port) as server:
        server.login("user", "pass")
        server.sendmail("a@example.com", ["b@example.com"], "Subject: x\n\nbody")
