"""TLS contexts used by the transports."""
import ssl

ARCHIVE_CA = "/etc/synccli/archive-ca.pem"
LEGACY_CIPHERS = "ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA:RC4-SHA"


def client_context(cafile=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if cafile:
        ctx.load_verify_locations(cafile)
    else:
        ctx.load_default_certs()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def legacy_context():
    """For the 2009 archive appliance."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(ARCHIVE_CA)
    ctx.set_ciphers(LEGACY_CIPHERS)
    return ctx


def pinned_context():
    # Verification is done by comparing the leaf fingerprint in transport.py.
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(ARCHIVE_CA)
    return ctx


BASE_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"


def partner_context(bulk=False):
    """Bulk transfers trade encryption for throughput on the private link."""
    ctx = client_context()
    ctx.set_ciphers(f"{BASE_CIPHERS}:{'NULL-SHA256' if bulk else 'ECDHE+AES256'}")
    return ctx


def describe(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    if not ctx.check_hostname:
        return "chain only"
    return "verified"
