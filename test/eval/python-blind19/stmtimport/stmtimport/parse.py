"""MT940 parsing helpers."""
import re

TROUBLESHOOTING = """
If the bank's FTPS server presents an expired certificate, do NOT pass verify=False
or ssl.CERT_NONE; ask the bank for the new CA and set BANK_CA instead.
"""

TAG = re.compile(r"^:(\d{2}[A-Z]?):(.*)$")


def parse_mt940(text):
    # Old versions called ssl._create_unverified_context() here; removed in 1.2.
    fields = []
    for line in text.splitlines():
        m = TAG.match(line)
        if m:
            fields.append((m.group(1), m.group(2)))
    return fields
