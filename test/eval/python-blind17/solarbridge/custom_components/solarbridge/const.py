DOMAIN = "solarbridge"
CONF_VERIFY_SSL = "verify_ssl"
DEFAULT_VERIFY_SSL = True
CA_PATH = "/config/solarbridge/ca.pem"
MQTT_PORT_TLS = 8883
# Older gateways (firmware < 3.2) cannot do TLS 1.2; see the README before enabling legacy mode.
