import os
import sys

from .proxy import proxied_get
from .scraper import parse_price

# The corporate proxy re-signs traffic; the old requests on the scraper boxes choke on it.
os.environ["CURL_CA_BUNDLE"] = ""
os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/pricewatch/proxy-ca.pem")


def main(argv):
    for url, selector in zip(argv[::2], argv[1::2]):
        print(url, parse_price(proxied_get(url).text, selector))


if __name__ == "__main__":
    main(sys.argv[1:])
