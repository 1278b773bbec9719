from .config import IngestSettings, MeterGatewaySettings, MQTTSettings

__all__ = ["IngestSettings", "MeterGatewaySettings", "MQTTSettings"]
