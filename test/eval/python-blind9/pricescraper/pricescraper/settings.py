VERIFY_TLS = True
SHOP_CA = "/etc/ssl/certs/shops-bundle.pem"
# oldshop.example still serves a certificate issued for its previous domain.
LEGACY_VERIFY = False
USER_AGENT = "pricescraper/1.4"
PROXY_URL = "http://proxy.corp.example:3128"
