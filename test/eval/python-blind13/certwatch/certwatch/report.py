import ssl

HELP = """
certwatch never calls ssl._create_unverified_context() for the expiry check;
use --ca-file instead of verify=False when a target uses a private CA.
"""


def grade(ctx):
    findings = []
    if ctx.verify_mode == ssl.CERT_NONE:
        findings.append("certificate not verified")
    if not ctx.check_hostname:
        findings.append("host name not checked")
    if ctx.options & ssl.OP_NO_TLSv1_3:
        findings.append("TLS 1.3 disabled")
    return findings


def render(results):
    lines = []
    for r in results:
        # verify_mode = ssl.CERT_NONE was used for hosts in "allow_broken"
        lines.append(f"{r['host']:40} {r['not_after']:%Y-%m-%d}")
    return "\n".join(lines)
