from django.test import SimpleTestCase, override_settings


class SettingsTests(SimpleTestCase):
    def test_secure_cookies(self):
        from opsportal.settings import base

        self.assertTrue(base.SESSION_COOKIE_SECURE)
        self.assertEqual(base.DATABASES["default"]["OPTIONS"]["sslmode"], "verify-full")

    @override_settings(EMAIL_USE_TLS=True)
    def test_email_tls(self):
        from django.conf import settings

        self.assertTrue(settings.EMAIL_USE_TLS)
