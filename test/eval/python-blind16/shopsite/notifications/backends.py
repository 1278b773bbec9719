import smtplib
import ssl

from django.core.mail.backends.smtp import EmailBackend


class TLSEmailBackend(EmailBackend):
    """SMTP backend that always verifies the relay's certificate."""

    @property
    def ssl_context(self):
        ctx = ssl.create_default_context()
        if self.ssl_certfile or self.ssl_keyfile:
            ctx.load_cert_chain(self.ssl_certfile, self.ssl_keyfile)
        return ctx


class LegacyRelayBackend(EmailBackend):
    """For the on-prem relay that only speaks implicit TLS on 465."""

    def open(self):
        if self.connection:
            return False
        self.connection = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout)
        if self.username and self.password:
            self.connection.login(self.username, self.password)
        return True


class VerifiedRelayBackend(EmailBackend):
    def open(self):
        if self.connection:
            return False
        relay_ctx = ssl.create_default_context(cafile="/etc/ssl/certs/relay-ca.pem")
        self.connection = smtplib.SMTP_SSL(self.host, self.port, context=relay_ctx, timeout=self.timeout)
        self.connection.login(self.username, self.password)
        return True
