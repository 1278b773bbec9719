"""Settings come from /etc/logship/logship.ini and LOGSHIP_* environment variables."""
import configparser
import os

_cfg = configparser.ConfigParser()
_cfg.read(os.environ.get("LOGSHIP_INI", "/etc/logship/logship.ini"))

ES_HOSTS = _cfg.get("elasticsearch", "hosts", fallback="https://es.logging.acme.internal:9200").split(",")
ES_CA = _cfg.get("elasticsearch", "ca_certs", fallback="/etc/logship/es-ca.pem")
ES_VERIFY = _cfg.getboolean("elasticsearch", "verify_certs", fallback=True)

KAFKA_BROKERS = os.environ.get("LOGSHIP_KAFKA", "kafka-1.acme.internal:9093,kafka-2.acme.internal:9093")
KAFKA_USER = os.environ.get("LOGSHIP_KAFKA_USER", "logship")
KAFKA_PASSWORD = os.environ.get("LOGSHIP_KAFKA_PASSWORD", "")

SYSLOG_HOST = os.environ.get("LOGSHIP_SYSLOG", "siem.acme.internal")
SYSLOG_PORT = 6514

# Old brokers in the DMZ: clients must offer these suites.
DMZ_CIPHERS = "ECDHE-RSA-AES128-SHA:RC4-SHA"
