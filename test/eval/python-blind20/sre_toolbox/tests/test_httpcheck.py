import ssl
import unittest
from unittest import mock

import requests

from sretool import httpcheck


class HttpCheckTest(unittest.TestCase):
    @mock.patch.object(requests, "request")
    def test_verify_default(self, req):
        req.return_value.status_code = 200
        self.assertTrue(httpcheck.run_check({"url": "https://x.test"}))
        self.assertIs(req.call_args.kwargs["verify"], True)

    def test_context_flags(self):
        ctx = ssl.create_default_context()
        self.assertNotEqual(ctx.verify_mode, ssl.CERT_NONE)
        self.assertTrue(ctx.check_hostname)

    def test_against_staging(self):
        r = requests.get("https://staging.sre.acme.internal/healthz", verify=False)
        self.assertEqual(r.status_code, 200)
