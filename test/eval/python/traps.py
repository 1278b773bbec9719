"""Nothing in this module weakens TLS; every line is a trap for the linter.

Examples of what NOT to do (documentation only):
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("RC4-SHA")
    server.login(user, password)  # before starttls()
"""
import os
import smtplib
import ssl

LEGACY_NAMES = {
    ssl.PROTOCOL_TLS_CLIENT: "client",
    ssl.PROTOCOL_TLS_SERVER: "server",
}

# ctx.options |= ssl.OP_NO_TLSv1_3
# os.environ["SSLKEYLOGFILE"] = "/tmp/keys"
HELP = 'Use set_ciphers("ECDHE+AESGCM") rather than "DES-CBC3-SHA".'


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.minimum_version <= ssl.TLSVersion.TLSv1_1:
        return "legacy"
    if ctx.options & ssl.OP_NO_TLSv1_3:
        return "no TLS 1.3"
    if ctx.keylog_filename:
        return "logging keys"
    return "modern"


def keylog_enabled() -> bool:
    return bool(os.environ.get("SSLKEYLOGFILE"))


def send(host: str, user: str, password: str, body: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP(host, 587) as s:
        s.starttls(context=ctx)
        s.login(user, password)
        s.sendmail(user, [user], body)


class FakeContext:
    """A test double with the same attribute names."""

    def __init__(self):
        self.minimum_version = "TLSv1"
        self.keylog_filename = "/dev/null"

    def set_ciphers(self, value):
        self.ciphers = value
