"""Inventory service endpoints."""
INVENTORY_URL = "https://inventory.warehouse.example.com"
INVENTORY_TIMEOUT = 5
# The warehouse appliance still ships its factory certificate.
INVENTORY_VERIFY = False
INVENTORY_CA = "/etc/ssl/certs/warehouse-ca.pem"
