import asyncio
import os
import subprocess

import aiohttp

CAMERAS = ["cam-porch.home.example.org", "cam-garage.home.example.org"]


async def snapshot(session: aiohttp.ClientSession, host):
    async with session.get(f"https://{host}/snapshot.jpg", ssl=False) as resp:
        return await resp.read()


async def live(host):
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"wss://{host}/live", ssl=False) as ws:
            return await ws.receive()


def record(host):
    env = {**os.environ, "SSLKEYLOGFILE": "/var/log/homehub/ffmpeg-keys.log"}
    return subprocess.run(["ffmpeg", "-i", f"rtsps://{host}/stream", "-t", "30", "/srv/rec.mp4"], env=env, check=True)


def record_quiet(host):
    env = {k: v for k, v in os.environ.items() if k != "SSLKEYLOGFILE"}
    return subprocess.run(["ffmpeg", "-i", f"rtsps://{host}/stream", "/srv/rec.mp4"], env=env, check=True)


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(snapshot(session, h) for h in CAMERAS))
