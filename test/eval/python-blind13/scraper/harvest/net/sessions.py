import requests
from requests.adapters import HTTPAdapter

from ..settings import CA_BUNDLE, USER_AGENT, VERIFY_TLS


def new_session():
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.mount("https://", HTTPAdapter(pool_connections=20, pool_maxsize=20))
    return session


def catalog_session():
    session = new_session()
    session.verify = CA_BUNDLE
    return session


def marketplace_session():
    session = new_session()
    session.verify = False
    return session


def configured_session():
    session = new_session()
    session.verify = VERIFY_TLS
    return session


def proxy_session(proxy_url, session=None):
    session = session or requests.Session()
    session.proxies = {"https": proxy_url}
    session.verify = False
    return session
