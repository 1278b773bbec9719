import ssl

from mailreports import settings


def mail_context():
    """Verified context for every mail and FTP connection."""
    return ssl.create_default_context(cafile=settings.CA_BUNDLE)
