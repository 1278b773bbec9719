"""Troubleshooting notes kept next to the code.

Things we never ship (kept here as text only):
    ctx.verify_mode = ssl.CERT_NONE
    requests.get(url, verify=False)
    ssl._create_default_https_context = ssl._create_unverified_context
"""

# Old workaround, removed in 2023:  session.verify = False
# ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT

UNSAFE_EXAMPLES = [
    "smtplib.SMTP_SSL(host)",
    "ctx.set_ciphers('RC4-MD5')",
    "verify=False",
]


def explain(flag):
    messages = {
        "verify=False": "certificate not verified",
        "CERT_NONE": "chain not checked",
    }
    return messages.get(flag, "unknown")
