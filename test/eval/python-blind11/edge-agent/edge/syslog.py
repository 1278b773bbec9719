import logging
import socket
import ssl

SYSLOG_HOST = "logs.edge.example.com"
SYSLOG_PORT = 6514


class TLSSyslogHandler(logging.Handler):
    def __init__(self, host=SYSLOG_HOST, port=SYSLOG_PORT):
        super().__init__()
        self.sock = open_syslog(host, port)

    def emit(self, record):
        msg = self.format(record).encode() + b"\n"
        self.sock.sendall(b"%d %s" % (len(msg), msg))


def open_syslog(host=SYSLOG_HOST, port=SYSLOG_PORT):
    ctx = ssl.create_default_context(cafile="/etc/edge/logs-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((SYSLOG_HOST, port))
    return ctx.wrap_socket(raw)
