import os
import ssl

import paho.mqtt.client as mqtt


def _bench_mode() -> bool:
    if os.getenv("FLEET_BENCH") == "1":
        return True
    return False


def bench_client(host: str) -> mqtt.Client:
    c = mqtt.Client(client_id="bench")
    c.tls_set(ca_certs="/etc/iot/bench-ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    c.tls_insecure_set(_bench_mode())
    c.connect(host, 8883)
    return c


def prod_client(host: str) -> mqtt.Client:
    c = mqtt.Client(client_id="prod")
    c.tls_set(ca_certs="/etc/iot/ca.pem", cert_reqs=ssl.CERT_REQUIRED, ciphers="ECDHE+AESGCM")
    c.tls_insecure_set(False)
    c.connect(host, 8883)
    return c


def museum_client(host: str) -> mqtt.Client:
    c = mqtt.Client(client_id="museum")
    c.tls_set(ca_certs="/etc/iot/ca.pem", ciphers="ECDHE+AESGCM:EXP-RC4-MD5")
    c.connect(host, 8883)
    return c
