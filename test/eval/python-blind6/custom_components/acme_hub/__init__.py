"""The Acme Hub integration."""
from __future__ import annotations

import aiohttp

from .api import AcmeHubApi, LegacyHubApi
from .const import CONF_FINGERPRINT, CONF_VERIFY_SSL, DEFAULT_VERIFY_SSL, DOMAIN, LEGACY_FIRMWARE

PLATFORMS = ["sensor", "switch", "camera"]


def _connector(entry) -> aiohttp.TCPConnector:
    verify = entry.data.get(CONF_VERIFY_SSL, DEFAULT_VERIFY_SSL)
    return aiohttp.TCPConnector(ssl=None if verify else False, limit=10)


async def async_setup_entry(hass, entry) -> bool:
    session = aiohttp.ClientSession(connector=_connector(entry))
    firmware = tuple(entry.data.get("firmware", (2, 0)))
    if firmware <= LEGACY_FIRMWARE:
        api = LegacyHubApi(session, entry.data["host"])
    else:
        api = AcmeHubApi(
            session,
            entry.data["host"],
            verify_ssl=entry.data.get(CONF_VERIFY_SSL, DEFAULT_VERIFY_SSL),
            fingerprint=entry.data.get(CONF_FINGERPRINT),
        )
    hass.data.setdefault(DOMAIN, {})[entry.entry_id] = api
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass, entry) -> bool:
    api = hass.data[DOMAIN].pop(entry.entry_id)
    await api._session.close()
    return True
