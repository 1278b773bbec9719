# Cipher lists agreed with the mainframe team (change request CR-2014-0113).
LEGACY_CIPHERS = "HIGH:MEDIUM:!aNULL:!eNULL"
MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL"
