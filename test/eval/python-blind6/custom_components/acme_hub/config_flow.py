"""Config flow: asks for the host and whether to verify the hub's certificate."""
import aiohttp
import voluptuous as vol

from .const import CONF_VERIFY_SSL, DEFAULT_PORT, DEFAULT_VERIFY_SSL, DOMAIN

DATA_SCHEMA = vol.Schema({
    vol.Required("host"): str,
    vol.Optional(CONF_VERIFY_SSL, default=DEFAULT_VERIFY_SSL): bool,
})


async def validate_input(user_input: dict) -> dict:
    """Try the hub once.  Users who untick "verify SSL" accept the risk (ssl=False)."""
    async with aiohttp.ClientSession() as session:
        async with session.get(
            f"https://{user_input['host']}:{DEFAULT_PORT}/api/v1/info",
            ssl=user_input[CONF_VERIFY_SSL],
            timeout=aiohttp.ClientTimeout(total=10),
        ) as resp:
            resp.raise_for_status()
            info = await resp.json()
    return {"title": info.get("name", DOMAIN), "firmware": info.get("firmware")}


async def probe_cloud_relay() -> bool:
    async with aiohttp.request("GET", "https://relay.acme-hub.io/ping", ssl=True) as resp:
        return resp.status == 200
