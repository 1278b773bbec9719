import socket
import ssl


def switch_config(host, ca_file):
    raw = socket.create_connection((host, 830))
    tls = ssl.wrap_socket(raw, ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)
    tls.sendall(b"<get-config/>")
    return tls.recv(65536)


def switch_config_modern(host, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    with socket.create_connection((host, 830)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b"<get-config/>")
            return tls.recv(65536)


def npn_probe(host):
    ctx = ssl.create_default_context()
    ctx.set_npn_protocols(["h2", "http/1.1"])
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection((host, 443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.selected_alpn_protocol()
