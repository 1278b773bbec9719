import ssl

LEGACY_CIPHERS = "DES-CBC3-SHA:RC4-SHA"
MODERN = "ECDHE+AESGCM:ECDHE+CHACHA20"


def context_for(profile):
    ctx = ssl.create_default_context()
    if profile == "legacy":
        ctx.set_ciphers(LEGACY_CIPHERS)
    elif profile == "debug":
        ctx.set_ciphers("ALL:@SECLEVEL=0")
    elif profile == "compat":
        ctx.set_ciphers("{}:{}".format(MODERN, "AES128-SHA"))
    else:
        ctx.set_ciphers(MODERN)
    return ctx


def hardened():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:!aNULL:!eNULL:!RC4:!3DES:!MD5")
    return ctx


def bulk(kind):
    ctx = ssl.create_default_context()
    ctx.set_ciphers(f"{MODERN}:{'NULL-SHA256' if kind == 'integrity-only' else 'ECDHE+AES256'}")
    return ctx
