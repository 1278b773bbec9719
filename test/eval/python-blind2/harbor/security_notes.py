"""Security review notes kept next to the code (rendered into the admin help page).

Things that must never be merged:

    ctx.verify_mode = ssl.CERT_NONE
    ssl._create_default_https_context = ssl._create_unverified_context
    os.environ["SSLKEYLOGFILE"] = "/tmp/keys"
"""

BAD_EXAMPLES = [
    "requests.get(url, verify=False)",
    "ctx.options |= ssl.OP_NO_TLSv1_3",
    "grpc.insecure_channel('berth-planner.prod:50051')",
]

# ctx.set_ciphers("RC4-SHA")  # removed in 2022


def review_checklist():
    return [
        "verify=False is forbidden",
        "sslmode=require is not enough, use verify-full",
    ]
