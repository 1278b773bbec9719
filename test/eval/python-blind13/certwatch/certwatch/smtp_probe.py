import smtplib
import ssl


def starttls_supported(host, port=25):
    with smtplib.SMTP(host, port, timeout=10) as server:
        server.ehlo()
        if not server.has_extn("starttls"):
            return False
        server.starttls()
        return True


def starttls_verified(host, port=25, cafile=None):
    with smtplib.SMTP(host, port, timeout=10) as server:
        server.ehlo()
        server.starttls(context=ssl.create_default_context(cafile=cafile))
        return server.sock.version()
