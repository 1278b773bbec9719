import ssl

# Restore default verification for this worker (see legacy_urllib)
ssl._create_default_https_context = ssl.create_default_context
