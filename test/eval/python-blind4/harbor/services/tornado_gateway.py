"""Tornado gateway in front of the legacy kiosk API."""
import ssl

import tornado.httpserver
import tornado.ioloop
import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

KIOSK_SSL_OPTIONS = {
    "certfile": "/etc/harbor/kiosk.pem",
    "keyfile": "/etc/harbor/kiosk.key",
    "ssl_version": ssl.PROTOCOL_TLSv1,
    "cert_reqs": ssl.CERT_NONE,
}


class StatusHandler(tornado.web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        req = HTTPRequest("https://inventory.harbor.example/status", ca_certs="/etc/harbor/ca-bundle.pem")
        resp = await client.fetch(req)
        self.write(resp.body)


def make_app():
    return tornado.web.Application([(r"/status", StatusHandler)])


if __name__ == "__main__":
    server = tornado.httpserver.HTTPServer(make_app(), ssl_options=KIOSK_SSL_OPTIONS)
    server.listen(8443)
    tornado.ioloop.IOLoop.current().start()
