import os

MQTT_BROKER = os.environ.get("MQTT_BROKER", "mqtt.plant.example.com")
MQTT_PORT = 8883
MQTT_CA = "/etc/iot/mqtt-ca.pem"
MQTT_USER = os.environ.get("MQTT_USER", "bridge")
MQTT_PASSWORD = os.environ.get("MQTT_PASSWORD", "")

WS_FEED = "wss://feeds.plant.example.com/telemetry"
WS_CA = "/etc/iot/feeds-ca.pem"

TELEMETRY_TARGET = "telemetry.plant.internal:50051"
