import os

WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "https://warehouse.internal.example.com")
# The warehouse uses the company CA; point requests at it.
WAREHOUSE_CA = "/etc/ssl/certs/company-ca.pem"

DATABASE_DSN = "host=db.internal.example.com dbname=inventory user=sync sslmode=require"

SMTP_HOST = "smtp.example.com"
