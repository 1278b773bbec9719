import os
import ssl


class BaseConfig:
    SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK", "")
    TEAMS_WEBHOOK = os.environ.get("TEAMS_WEBHOOK", "")
    WEBHOOK_VERIFY = True
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "chatops@corp.example.com"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")


class StagingConfig(BaseConfig):
    MAIL_SERVER = "smtp.staging.corp.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_PASSWORD = os.environ.get("STAGING_MAIL_PASSWORD")


class DevConfig(BaseConfig):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = "dev"


broker_url = "rediss://:{pw}@queue.corp.example.com:6380/0".format(pw=os.environ.get("REDIS_PW", ""))
broker_use_ssl = {"ssl_cert_reqs": ssl.CERT_NONE}
redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/corp-ca.pem"}
