import requests

JIRA_URL = "https://jira.corp.example.com"


class JiraSession(requests.Session):
    """The on-prem Jira sits behind the old appliance certificate."""

    def __init__(self, user, token):
        super().__init__()
        self.auth = (user, token)
        self.headers["Accept"] = "application/json"
        self.verify = False

    def issue(self, key):
        return self.get(f"{JIRA_URL}/rest/api/2/issue/{key}", timeout=10).json()


class ConfluenceSession(requests.Session):
    def __init__(self, user, token):
        super().__init__()
        self.auth = (user, token)
        self.verify = "/etc/opsportal/corp-ca.pem"
