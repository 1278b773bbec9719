import ssl

import paho.mqtt.client as mqtt


class Bridge:
    def __init__(self, host, port=8883, ca=None):
        self.host, self.port = host, port
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        self.client.tls_set(
            ca_certs=ca,
            cert_reqs=ssl.CERT_NONE if ca is None else ssl.CERT_REQUIRED,
        )

    def start(self):
        self.client.connect(self.host, self.port)
        self.client.loop_start()


class SecureBridge(Bridge):
    def __init__(self, host, ca):
        super().__init__(host, ca=ca)
        self.client.tls_insecure_set(False)
