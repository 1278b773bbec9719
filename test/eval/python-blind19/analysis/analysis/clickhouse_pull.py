import os

import clickhouse_connect
import pandas as pd


def client():
    return clickhouse_connect.get_client(host="ch.research.example.com", port=8443, secure=True, verify=False, username="analyst", password=os.environ["CH_PASSWORD"])


def daily_volume(day: str) -> pd.DataFrame:
    return client().query_df("select symbol, sum(qty) from trades where day = %(d)s group by symbol", parameters={"d": day})
