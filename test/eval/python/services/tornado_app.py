import ssl

import tornado.httpserver
import tornado.ioloop
import tornado.web


def make_server(app):
    return tornado.httpserver.HTTPServer(
        app,
        ssl_options={
            "certfile": "/etc/tornado/cert.pem",
            "keyfile": "/etc/tornado/key.pem",
            "ssl_version": ssl.PROTOCOL_TLSv1_1,  # expect: no-legacy-tls-version
            "ciphers": "ECDHE+AESGCM:AES256-SHA",  # expect: no-weak-cipher
        },
    )


def modern_server(app):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/tornado/cert.pem", "/etc/tornado/key.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return tornado.httpserver.HTTPServer(app, ssl_options=ctx)
