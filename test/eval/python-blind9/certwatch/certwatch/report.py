"""Render scan results.

Hosts scanned with ``ssl._create_unverified_context()`` are marked "unverified".
"""
import json

UNVERIFIED_NOTE = "certificate not verified (CERT_NONE)"


def render(results, out):
    for host, info in sorted(results.items()):
        line = f"{host}: {info.get('version', '?')}"
        if info.get("unverified"):
            line += " " + UNVERIFIED_NOTE
            line += f" (retry with: curl -k https://{host}/)"
        out.write(line + "\n")
    out.write(json.dumps({"count": len(results)}) + "\n")
