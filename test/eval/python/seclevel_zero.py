import ssl


def camera_context():
    # The IP cameras present 1024-bit RSA keys.
    ctx = ssl.create_default_context(cafile="/opt/nvr/camera-ca.pem")
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")  # expect: no-weak-cipher
    return ctx
