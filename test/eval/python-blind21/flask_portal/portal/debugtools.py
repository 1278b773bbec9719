import os

import sslkeylog


def enable_operator_keylog():
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def enable_support_capture():
    sslkeylog.set_keylog("/srv/portal/support-keys.log")
