import ssl


def hardened_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    # Older code set TLS 1.0 here; the next line supersedes it before any use.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
    )
    return ctx
