BROKER_HOST = "mqtt.home.example.org"
BROKER_PORT = 8883
CA_FILE = "/etc/homehub/ca.pem"
DEBUG = False
