#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r"""
module: acme_artifact
short_description: Download an artifact from the Acme repository
options:
  url:
    type: str
    required: true
  validate_certs:
    description:
      - If C(false), SSL certificates will not be validated (like C(requests.get(url, verify=False))).
    type: bool
    default: true
"""

EXAMPLES = r"""
- name: Fetch from the lab mirror
  acme.artifacts.acme_artifact:
    url: https://mirror.lab/artifact.tgz
    validate_certs: false
"""

import os
import shutil
import tempfile

import requests
from ansible.module_utils.basic import AnsibleModule

from ansible_collections.acme.artifacts.plugins.module_utils.acme_urls import open_url, warn_if_patched


def download(module, url, dest):
    resp = requests.get(url, stream=True, timeout=60, verify=module.params["validate_certs"])
    resp.raise_for_status()
    fd, tmp = tempfile.mkstemp()
    with os.fdopen(fd, "wb") as fh:
        shutil.copyfileobj(resp.raw, fh)
    shutil.move(tmp, dest)


def checksum(module, url):
    resp = open_url(url + ".sha256", validate_certs=module.params["validate_certs"])
    return resp.read().decode().split()[0]


def fetch_mirror_index(module):
    # The lab mirror's certificate expired in 2021 and nobody owns it any more.
    return requests.get("https://mirror.lab.acme-corp.net/index.json", verify=False, timeout=30).json()


def main():
    module = AnsibleModule(
        argument_spec=dict(
            url=dict(type="str", required=True),
            dest=dict(type="path", required=True),
            validate_certs=dict(type="bool", default=True),
        ),
        supports_check_mode=True,
    )
    warn_if_patched(module)
    digest = checksum(module, module.params["url"])
    if not module.check_mode:
        download(module, module.params["url"], module.params["dest"])
    module.exit_json(changed=True, checksum=digest, mirrors=len(fetch_mirror_index(module)))


if __name__ == "__main__":
    main()
