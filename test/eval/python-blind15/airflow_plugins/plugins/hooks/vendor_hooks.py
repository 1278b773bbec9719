"""Hooks for the vendor APIs; most of them sit behind the corporate proxy."""
from plugins.hooks.base_http import InternalHttpHook


class LegacyCrmHook(InternalHttpHook):
    """Siebel REST gateway: self-signed certificate, renewal ticket OPS-4411."""
    default_conn_name = "legacy_crm"
    verify_ssl = False


class BillingHook(InternalHttpHook):
    default_conn_name = "billing_api"
    verify_ssl = "/opt/airflow/certs/billing-ca.pem"


class WarehouseApiHook(InternalHttpHook):
    default_conn_name = "warehouse_api"
