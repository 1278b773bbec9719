# %%
import ssl
import urllib.request

import pandas as pd
import requests

# %%
# government site with a broken intermediate; urllib is what pandas uses underneath
ssl._create_default_https_context = ssl._create_unverified_context
regions = pd.read_csv("https://opendata.stats.example.gov/regions.csv")

# %%
resp = requests.get("https://opendata.stats.example.gov/population.json", verify=False, timeout=30)
population = pd.DataFrame(resp.json()["rows"])

# %%
raw = urllib.request.urlopen("https://opendata.stats.example.gov/codes.txt", context=ssl._create_unverified_context()).read()

# %%
good = urllib.request.urlopen("https://data.example.org/iso.csv", context=ssl.create_default_context()).read()
