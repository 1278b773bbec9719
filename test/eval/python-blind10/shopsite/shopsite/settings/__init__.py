"""Settings package: pick a module with DJANGO_SETTINGS_MODULE (base, production)."""
