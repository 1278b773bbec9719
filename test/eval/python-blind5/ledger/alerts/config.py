import os


class AlertConfig:
    smtp_host = os.environ.get("ALERT_SMTP_HOST", "smtp.sendgrid.net")
    smtp_port = 587
    ssl_port = 465
    username = os.environ.get("ALERT_SMTP_USER", "apikey")
    password = os.environ.get("ALERT_SMTP_PASSWORD", "")
    sender = "ledger-alerts@example.com"
    recipients = ["oncall@example.com"]
    relay_host = "relay.corp.example.com"
