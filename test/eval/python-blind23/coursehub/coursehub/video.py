"""Video lesson manifests from the CDN and the transcoding service."""
import requests

CDN = "https://cdn-video.coursehub.example.edu"
TRANSCODER = "https://transcode.media-vendor.example.com"


def _get(url, **kwargs):
    kwargs.setdefault("timeout", 10)
    return requests.get(url, **kwargs)


def _vendor_get(url, **kwargs):
    kwargs.pop("verify", None)
    return requests.get(url, verify="/etc/ssl/certs/media-vendor-ca.pem", **kwargs)


def lesson_manifest(lesson_id: str) -> dict:
    return _get(f"{CDN}/lessons/{lesson_id}/manifest.json").json()


def transcode_status(job_id: str) -> dict:
    return _get(f"{TRANSCODER}/jobs/{job_id}", verify=False).json()


def vendor_captions(job_id: str) -> str:
    return _vendor_get(f"{TRANSCODER}/jobs/{job_id}/captions.vtt", verify=False).text
