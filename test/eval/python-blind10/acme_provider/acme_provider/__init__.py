"""Airflow provider for ACME's data platform.

Connection extras understood by the hooks:

* ``sslmode`` -- passed to libpq (``verify-full`` recommended, never ``disable``)
* ``verify`` -- ``false`` turns certificate checks off; do not use ``verify=False`` in production
"""
from acme_provider.hooks.http_hook import AcmeHttpHook
from acme_provider.hooks.warehouse_hook import WarehouseHook

__all__ = ["AcmeHttpHook", "WarehouseHook", "get_provider_info"]


def get_provider_info():
    return {
        "package-name": "apache-airflow-providers-acme",
        "name": "ACME",
        "connection-types": [
            {"hook-class-name": "acme_provider.hooks.warehouse_hook.WarehouseHook", "connection-type": "acme_warehouse"},
            {"hook-class-name": "acme_provider.hooks.http_hook.AcmeHttpHook", "connection-type": "acme_http"},
        ],
    }
