#!/bin/sh
# Makes sure the `openssl` CLI is installed, for test/ciphers/openssl-diff.test.ts (the differential
# test of the cipher-string evaluator). Idempotent: does nothing when openssl is already there.
set -eu
if command -v openssl >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-openssl: openssl is missing and this is not root; install it (apt-get install openssl)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-openssl: openssl is missing and there is no apt-get to install it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y openssl
command -v openssl >/dev/null 2>&1
