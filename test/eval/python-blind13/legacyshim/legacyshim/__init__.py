from .urlfetch import fetch_json, fetch_text  # noqa: F401
from .env import configure_environment  # noqa: F401
