"""Pyramid views that proxy to the asset service."""
import requests
from pyramid.config import Configurator
from pyramid.view import view_config

ASSET_REQUEST_OPTS = {
    "timeout": 10,
    "verify": False,
    "headers": {"Accept": "application/json"},
}


@view_config(route_name="asset", renderer="json")
def asset(req):
    asset_id = req.matchdict["id"]
    with requests.Session() as s:
        r = s.get(f"https://assets.harbor.example/v1/{asset_id}", **ASSET_REQUEST_OPTS)
    return r.json()


@view_config(route_name="thumb", renderer="json")
def thumb(req):
    r = requests.get(
        f"https://thumbs.harbor.example/{req.matchdict['id']}",
        verify=req.registry.settings.get("thumbs.ca_bundle", True),
    )
    return {"size": len(r.content)}


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.add_route("asset", "/asset/{id}")
        config.add_route("thumb", "/thumb/{id}")
        config.scan()
        return config.make_wsgi_app()
