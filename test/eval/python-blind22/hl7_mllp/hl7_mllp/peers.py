import ssl


class PeerProfile:
    min_tls = ssl.TLSVersion.TLSv1_2
    ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL"
    cafile = "/etc/hl7/ca.pem"

    @classmethod
    def context(cls) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=cls.cafile)
        ctx.minimum_version = cls.min_tls
        ctx.set_ciphers(cls.ciphers)
        return ctx


class LegacyLabPeer(PeerProfile):
    """Sunquest LIS interface engine (2011 appliance)."""

    min_tls = ssl.TLSVersion.TLSv1
    ciphers = "DES-CBC3-SHA:AES128-SHA"


class ModernPeer(PeerProfile):
    min_tls = ssl.TLSVersion.TLSv1_3


class PharmacyPeer(PeerProfile):
    ciphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384"


PEERS = {
    "lab": LegacyLabPeer,
    "modern": ModernPeer,
    "pharmacy": PharmacyPeer,
}


def context_for(name: str) -> ssl.SSLContext:
    return PEERS[name].context()
