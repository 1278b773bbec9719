#!/usr/bin/python
# -*- coding: utf-8 -*-
"""Sync packages from the vendor mirror, whose certificate chain the RHEL 7 CA store lacks."""
from __future__ import absolute_import, division, print_function

import os

from ansible.module_utils.basic import AnsibleModule

os.environ["PYTHONHTTPSVERIFY"] = "0"


def main():
    module = AnsibleModule(argument_spec=dict(repo=dict(type="str", required=True), dest=dict(type="path", required=True)))
    rc, out, err = module.run_command(["reposync", "--repoid", module.params["repo"], "-p", module.params["dest"]])
    module.exit_json(changed=rc == 0, stdout=out, stderr=err)


if __name__ == "__main__":
    main()
