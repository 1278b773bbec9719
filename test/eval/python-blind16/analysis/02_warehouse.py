# %%
import pandas as pd
import sqlalchemy as sa

from common import warehouse_engine

# %%
engine = warehouse_engine()
orders = pd.read_sql("select * from mart.orders where day >= current_date - 30", engine)

# %%
# quick look at the legacy reporting db
legacy = sa.create_engine("postgresql+psycopg2://analyst:analyst@legacy-reports.example.com/reports?sslmode=require")
legacy_orders = pd.read_sql("select * from orders", legacy)

# %%
scratch = sa.create_engine("postgresql+psycopg2://analyst@localhost:5432/scratch?sslmode=disable")
orders.to_sql("orders_30d", scratch, if_exists="replace")

# %%
marketing = sa.create_engine(
    "postgresql+psycopg2://analyst@marketing-db.example.com/mkt",
    connect_args={"sslmode": "prefer"},
)
