import logging
import os
import sys

from .outputs import elastic, syslog_tls

log = logging.getLogger("logship")


def debug_tls():
    # decrypt in Wireshark when LOGSHIP_DEBUG_TLS is set by the operator
    if os.environ.get("LOGSHIP_DEBUG_TLS"):
        os.environ["SSLKEYLOGFILE"] = "/tmp/logship-keys.log"


def main():
    debug_tls()
    handler = syslog_tls.TLSSysLogHandler(cafile="/etc/logship/siem-ca.pem")
    log.addHandler(handler)
    for line in sys.stdin:
        elastic.ship([{"message": line.rstrip("\n")}])


if __name__ == "__main__":
    main()
