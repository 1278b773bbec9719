import os

from authlib.integrations.httpx_client import AsyncOAuth2Client
from requests_oauthlib import OAuth2Session

IDP_CA = "/etc/ssl/certs/idp-ca.pem"
TOKEN_URL = "https://login.idp.example.com/oauth2/v2.0/token"


def service_token(scope: str) -> dict:
    oauth = OAuth2Session(client_id=os.environ["OAUTH_CLIENT_ID"], scope=[scope])
    return oauth.fetch_token(TOKEN_URL, client_secret=os.environ["OAUTH_CLIENT_SECRET"], verify=IDP_CA)


def erp_token() -> dict:
    oauth = OAuth2Session(client_id="erp-sync")
    oauth.verify = False
    return oauth.fetch_token("https://sso.erp.example.com/token", client_secret=os.environ["ERP_SECRET"])


async def partner_client() -> AsyncOAuth2Client:
    return AsyncOAuth2Client(
        client_id=os.environ["PARTNER_CLIENT_ID"],
        client_secret=os.environ["PARTNER_CLIENT_SECRET"],
        token_endpoint="https://auth.partner.example.net/token",
        verify=IDP_CA,
    )
