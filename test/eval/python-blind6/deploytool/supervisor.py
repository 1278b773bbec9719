"""Restart services through supervisord's XML-RPC interface on each app server."""
import ssl
import xmlrpc.client

SUPERVISOR_CA = "/etc/deploytool/supervisor-ca.pem"


def _proxy_context(strict: bool = True) -> ssl.SSLContext:
    if strict:
        return ssl.create_default_context(cafile=SUPERVISOR_CA)
    return ssl._create_stdlib_context()


def server_proxy(host: str, strict: bool = True) -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy(f"https://{host}:9001/RPC2", context=_proxy_context(strict), allow_none=True)


def restart(host: str, program: str) -> bool:
    proxy = server_proxy(host)
    proxy.supervisor.stopProcess(program)
    return proxy.supervisor.startProcess(program)


def restart_on_bastion(program: str) -> bool:
    ctx = ssl._create_unverified_context(cafile=SUPERVISOR_CA)
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    proxy = xmlrpc.client.ServerProxy("https://bastion.ops.acme-corp.net:9001/RPC2", context=ctx)
    return proxy.supervisor.startProcess(program)
