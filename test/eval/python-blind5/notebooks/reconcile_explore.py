# %% [markdown]
# # Reconciliation exploration
# Pull yesterday's entries from the staging API and compare with the bank file.
# Note: do **not** use `requests.get(url, verify=False)` here, staging has a real cert now.

# %%
import os

import pandas as pd
import requests
import urllib3

STAGING = "https://staging.ledger.example.com"
TOKEN = os.environ["LEDGER_TOKEN"]

# %%
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
r = requests.get(f"{STAGING}/v1/entries?day=yesterday", headers={"Authorization": f"Bearer {TOKEN}"}, verify=False)
entries = pd.DataFrame(r.json()["entries"])
entries.head()

# %%
bank = pd.read_csv("bank-2026-12-05.csv")
merged = entries.merge(bank, on="reference", how="outer", indicator=True)
merged["_merge"].value_counts()

# %%
help_text = """
If the staging cert breaks again, a quick hack is:
    session.verify = False
but please file a ticket instead.
"""
print(help_text)

# %%
prod = requests.Session()
prod.verify = "/etc/ledger/ca.pem"
prod.get(f"https://gateway.ledger.example.com/v1/health").json()
