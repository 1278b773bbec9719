# %% [markdown]
# # Inventory API exploration
# Scratch notebook exported as a script (jupytext percent format).

# %%
import http.client
import io
import ssl
import urllib.request

import pycurl
import requests
import urllib3

urllib3.disable_warnings()

BASE = "https://inventory.harbor.example"

# %%
resp = requests.get(f"{BASE}/api/hosts", params={"limit": 50}, verify=False)
hosts = resp.json()
len(hosts)

# %%
conn = http.client.HTTPSConnection("inventory.harbor.example", 443, check_hostname=False)
conn.request("GET", "/api/racks")
racks = conn.getresponse().read()

# %%
opener = urllib.request.build_opener(urllib.request.HTTPSHandler(check_hostname=False))
opener.open(f"{BASE}/api/sites").read()[:200]

# %%
page = urllib.request.urlopen(f"{BASE}/api/summary", cafile="/etc/harbor/ca-bundle.pem").read()

# %%
buf = io.BytesIO()
c = pycurl.Curl()
c.setopt(pycurl.URL, f"{BASE}/api/export")
c.setopt(pycurl.SSL_VERIFYPEER, 0)
c.setopt(pycurl.WRITEDATA, buf)
c.perform()
c.close()

# %%
# Reminder: never do requests.get(url, verify=False) outside this notebook.
"""
ctx.verify_mode = ssl.CERT_NONE   # old approach, kept for reference
"""

# %%
ctx = ssl.create_default_context()
print(ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname)
