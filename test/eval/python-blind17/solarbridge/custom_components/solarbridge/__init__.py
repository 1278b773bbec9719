from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .api import SolarBridgeApi
from .const import CONF_VERIFY_SSL, DEFAULT_VERIFY_SSL, DOMAIN


async def async_setup_entry(hass, entry):
    session = async_get_clientsession(hass, verify_ssl=entry.data.get(CONF_VERIFY_SSL, DEFAULT_VERIFY_SSL))
    api = SolarBridgeApi(session, entry.data["host"], entry.data["token"])
    hass.data.setdefault(DOMAIN, {})[entry.entry_id] = api
    await hass.config_entries.async_forward_entry_setups(entry, ["sensor"])
    return True
