import boto3
import pycurl

from io import BytesIO


def s3_client(endpoint=None):
    return boto3.client("s3", endpoint_url=endpoint, verify=False)


def s3_client_ok():
    return boto3.client("s3", verify="/etc/ssl/ceph-ca.pem")


def ceph_plain():
    return boto3.client("s3", endpoint_url="http://ceph-rgw.lab.example.org:7480")


def minio_sidecar():
    return boto3.client("s3", endpoint_url="http://localhost:9000")


def curl_fetch(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def curl_fetch_by_ip(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(c.URL, url)
    c.setopt(c.CAINFO, "/etc/ssl/lab-ca.pem")
    c.setopt(c.SSL_VERIFYHOST, 0)
    c.setopt(c.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()
