import httpx
from quart import Quart, jsonify

from .config_obj import settings

app = Quart(__name__)


@app.before_serving
async def startup():
    app.http = httpx.AsyncClient(base_url=settings.limits_url, verify=settings.verify_limits)


@app.after_serving
async def shutdown():
    await app.http.aclose()


@app.get("/exposure/<desk>")
async def exposure(desk):
    r = await app.http.get(f"/desks/{desk}/exposure")
    return jsonify(r.json())
