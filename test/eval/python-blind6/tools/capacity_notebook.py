# %% [markdown]
# # Capacity report
# Pulls utilisation from the metrics API and plots it.  Exported from Jupyter.

# %%
import pandas as pd
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

METRICS = "https://metrics-api.monitoring.acme-corp.net/api/v1/query_range"
params = {"query": "sum(rate(cpu_seconds_total[5m]))", "start": "-7d", "step": "1h"}

# %%
resp = requests.get(METRICS, params=params, verify=False, timeout=60)
df = pd.DataFrame(resp.json()["data"]["result"][0]["values"], columns=["ts", "cpu"])

# %%
# Earlier attempt, kept for reference:
# resp = requests.get(METRICS, params=params, verify=False)
df.plot(x="ts", y="cpu")

# %%
verified = requests.get(METRICS, params=params, verify="/etc/ssl/certs/monitoring-ca.pem", timeout=60)
