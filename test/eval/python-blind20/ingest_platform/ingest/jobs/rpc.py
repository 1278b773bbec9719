import grpc
import pycurl

SCORER = "scorer.ml.acme.internal:443"


def scorer_channel():
    creds = grpc.ssl_channel_credentials(open("/etc/ingest/ml-ca.pem", "rb").read())
    return grpc.secure_channel(SCORER, creds)


def sidecar_channel():
    return grpc.insecure_channel("127.0.0.1:50051")


def dedupe_channel():
    return grpc.insecure_channel("dedupe.ingest.acme.internal:50051")


def fetch_manifest(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    return c.perform_rb()


def fetch_partner(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, "/etc/ingest/partner-ca.pem")
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    return c.perform_rb()


def fetch_public(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    return c.perform_rb()
