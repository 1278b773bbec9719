"""Nightly CRM -> warehouse sync."""
import os
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator

from plugins.hooks.vendor_hooks import BillingHook, LegacyCrmHook
from plugins.operators.pg_extract import PgExtractOperator

default_args = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK", "")


def notify(context):
    requests.post(SLACK_WEBHOOK, json={"text": f"DAG {context['dag'].dag_id} failed"},
                  verify=os.environ.get("REQUESTS_CA_BUNDLE", True), timeout=10)


def pull_accounts(**_):
    return LegacyCrmHook().run("/accounts", params={"modified_since": "{{ ds }}"})


def pull_invoices(**_):
    return BillingHook().run("/invoices")


with DAG(
    dag_id="nightly_crm_sync",
    start_date=datetime(2024, 1, 1),
    schedule="30 1 * * *",
    catchup=False,
    default_args=default_args,
    on_failure_callback=notify,
) as dag:
    accounts = PythonOperator(task_id="pull_accounts", python_callable=pull_accounts)
    invoices = PythonOperator(task_id="pull_invoices", python_callable=pull_invoices)
    extract = PgExtractOperator(task_id="extract", sql="select * from staging.accounts")
    accounts >> invoices >> extract
