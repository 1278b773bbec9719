from .base import *  # noqa: F401,F403

ALLOWED_HOSTS = [".staging.shop.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop_staging",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),  # noqa: F405
        "HOST": "shop-db.staging.shop.example.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "prefer"},
    }
}
