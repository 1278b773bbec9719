import ssl

import httpx

LIMS_CA = "/etc/lims/ca.pem"

retrying = httpx.HTTPTransport(verify=False, retries=3)
verified_transport = httpx.HTTPTransport(verify=ssl.create_default_context(cafile=LIMS_CA), retries=3)


def _noverify_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _ip_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=LIMS_CA)
    ctx.check_hostname = False
    return ctx


def _relaxed_then_fixed() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=LIMS_CA)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    return ctx


sequencer = httpx.Client(base_url="https://seq-01.lims.example", verify=_noverify_context())
freezer = httpx.Client(base_url="https://10.12.0.40", verify=_ip_context())
biobank = httpx.Client(base_url="https://biobank.lims.example", verify=_relaxed_then_fixed())
plates = httpx.Client(base_url="https://plates.lims.example", transport=retrying)
samples = httpx.Client(base_url="https://samples.lims.example", transport=verified_transport)
