import socket
import ssl


class BaseConnector:
    def make_context(self):
        return ssl.create_default_context()

    def connect(self, host, port):
        ctx = self.make_context()
        raw = socket.create_connection((host, port))
        return ctx.wrap_socket(raw, server_hostname=host)


class LabConnector(BaseConnector):
    def make_context(self):
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx


class StrictConnector(BaseConnector):
    def make_context(self):
        ctx = super().make_context()
        ctx.verify_flags |= ssl.VERIFY_X509_STRICT
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3
        return ctx


class ReloadedConnector(BaseConnector):
    def make_context(self):
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.load_verify_locations("/etc/ssl/certs/lab-ca.pem")
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.check_hostname = True
        return ctx
