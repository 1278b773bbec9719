"""Acme provider for the workflow scheduler.

Connections of type ``acme`` accept these extras::

    {"verify": false, "ca_bundle": "/etc/ssl/acme-ca.pem"}

Setting ``"verify": false`` is only meant for the local simulator; the
hook never calls ``requests.get(url, verify=False)`` on its own.
"""


def get_provider_info():
    return {
        "package-name": "acme-provider",
        "name": "Acme",
        "hook-class-names": ["acme_provider.hooks.acme_api.AcmeApiHook"],
        "connection-types": [{"connection-type": "acme", "hook-class-name": "acme_provider.hooks.acme_api.AcmeApiHook"}],
    }
