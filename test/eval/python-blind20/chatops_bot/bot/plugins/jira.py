import functools

import requests

JIRA = "https://jira.acme.internal"

jira_get = functools.partial(requests.get, verify="/etc/opsbot/ca.pem", timeout=15)
legacy_get = functools.partial(requests.get, verify=False, timeout=15)


def issue(key, auth):
    return jira_get(f"{JIRA}/rest/api/2/issue/{key}", auth=auth).json()


def old_issue(key, auth):
    return legacy_get(f"https://jira-legacy.acme.internal/rest/api/2/issue/{key}", auth=auth).json()
