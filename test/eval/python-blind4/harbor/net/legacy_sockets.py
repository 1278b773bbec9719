"""Old helpers kept for the 3.8 appliances; scheduled for removal."""
import nntplib
import socket
import ssl

NEWS_HOST = "news.harbor.example"


def fetch_headlines(group="harbor.announce"):
    with nntplib.NNTP_SSL(NEWS_HOST) as news:
        _, _, first, last, _ = news.group(group)
        return news.over((last - 10, last))


def manual_name_check(host):
    ctx = ssl.create_default_context()
    sock = ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
    ssl.match_hostname(sock.getpeercert(), host)
    return sock


def npn_client(host):
    ctx = ssl.create_default_context()
    ctx.set_npn_protocols(["spdy/3", "http/1.1"])
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def test_listener(port):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain("/etc/harbor/test.pem")
    srv = socket.create_server(("127.0.0.1", port))
    conn, _ = srv.accept()
    return ctx.wrap_socket(conn, server_side=True)
