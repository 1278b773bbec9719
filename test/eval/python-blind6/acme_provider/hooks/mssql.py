"""SQL Server hook: ODBC connection strings for pyodbc and pymssql settings."""
import pymssql
import pyodbc

ODBC_TEMPLATE = "DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={host},{port};DATABASE={db};UID={user};PWD={pwd};{tls}"


def tls_clause(extras: dict) -> str:
    if extras.get("trust_server_certificate"):
        return "Encrypt=yes;TrustServerCertificate=yes"
    return "Encrypt=yes;TrustServerCertificate=no"


def odbc_connect(host, db, user, pwd, port=1433, extras=None):
    conn_str = ODBC_TEMPLATE.format(host=host, port=port, db=db, user=user, pwd=pwd, tls=tls_clause(extras or {}))
    return pyodbc.connect(conn_str, timeout=15)


def reporting_connect(pwd):
    conn_str = (
        "DRIVER={ODBC Driver 18 for SQL Server};SERVER=reporting.sql.acme-corp.net;"
        "DATABASE=reports;UID=svc_reports;PWD=" + pwd + ";Encrypt=no"
    )
    return pyodbc.connect(conn_str)


def legacy_connect(host, user, pwd):
    return pymssql.connect(server=host, user=user, password=pwd, database="legacy", tds_version="7.4")
