import json
import os

IS_PROD = os.getenv("APP_ENV") == "production"
TLS_VERIFY = os.getenv("OPSCTL_TLS_VERIFY", "1") == "1"
extras = json.loads(os.environ.get("OPSCTL_EXTRAS", "{}"))
