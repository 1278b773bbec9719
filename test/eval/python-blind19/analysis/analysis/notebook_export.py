#!/usr/bin/env python
# coding: utf-8

# In[1]:


import warnings

import pandas as pd
import requests

warnings.filterwarnings("ignore")


# In[2]:


BASE = "https://data.ecb.example.org/service/data"
resp = requests.get(BASE + "/EXR/D.USD.EUR.SP00.A", params={"format": "csvdata"}, verify=False)
fx = pd.read_csv(pd.io.common.StringIO(resp.text))


# In[3]:


# resp = requests.get(BASE, verify=False)  # old proxy workaround
gdp = requests.get("https://api.worldbank.example.org/v2/country/all/indicator/NY.GDP.MKTP.CD", verify="/opt/conda/ssl/cacert.pem")


# In[4]:


import ssl
import urllib.request

ssl._create_default_https_context = ssl._create_unverified_context
series = pd.read_csv("https://stats.example.org/series/cpi.csv")


# In[5]:


fx.describe()
