"""MySQL clients for the billing read replicas."""
import MySQLdb
import pymysql

BILLING_SSL = {
    "ca": "/etc/harbor/mysql-ca.pem",
    "check_hostname": True,
}


def billing_pymysql(user, password):
    return pymysql.connect(
        host="billing-ro.harbor.example",
        user=user,
        password=password,
        database="billing",
        ssl=BILLING_SSL,
    )


def billing_mysqlclient(user, password):
    return MySQLdb.connect(
        host="billing-ro.harbor.example",
        user=user,
        passwd=password,
        db="billing",
        ssl={"ca": "/etc/harbor/mysql-ca.pem"},
    )
