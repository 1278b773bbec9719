// A Django settings module that star-imports its base (`from .base import *`): the mail password,
// host, backend and TLS switches it does not set are the base's (rules/no-plaintext-downgrade/
// python-settings.ts, PyRuleContext.starredValue). `EMAIL_USE_TLS = False` for a remote host with
// the base's password is reported there; SSL on in either module, a local host, a console backend,
// no password, and a module that turns nothing off stay quiet.
import { before } from 'node:test';
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { ready } from '../../../server/src/linter/index.js';
import { runProjectTests } from '../project-tester.js';

before(async () => {
  await ready();
});

const BASE = (extra = '') =>
  [
    'import os',
    '',
    'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
    'EMAIL_HOST = "smtp.example.com"',
    'EMAIL_PORT = 587',
    'EMAIL_USE_TLS = True',
    'EMAIL_HOST_USER = "app"',
    'EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")',
    extra,
  ].join('\n');

const site = (base: string, staging: string) => ({ 'site/__init__.py': '', 'site/settings/__init__.py': '', 'site/settings/base.py': base, 'site/settings/staging.py': staging });
const STAGING = (lines: string) => `from .base import *  # noqa: F401,F403\n\n${lines}`;

runProjectTests(noPlaintextDowngrade, {
  valid: [
    { name: 'SSL on in the staging module', files: site(BASE(), STAGING('EMAIL_HOST = "smtp-staging.example.com"\nEMAIL_USE_TLS = False\nEMAIL_USE_SSL = True\n')) },
    { name: 'SSL on in the base module', files: site(BASE('EMAIL_USE_SSL = True\n'), STAGING('EMAIL_HOST = "smtp-staging.example.com"\nEMAIL_USE_TLS = False\n')) },
    { name: 'a local host', files: site(BASE(), STAGING('EMAIL_HOST = "localhost"\nEMAIL_USE_TLS = False\n')) },
    { name: "the base's console backend", files: site(BASE('EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"\n'), STAGING('EMAIL_USE_TLS = False\n')) },
    { name: 'no password anywhere', files: site('EMAIL_HOST = "smtp.example.com"\nEMAIL_USE_TLS = True\n', STAGING('EMAIL_USE_TLS = False\n')) },
    { name: 'a staging module that turns nothing off', files: site(BASE(), STAGING('EMAIL_HOST = "smtp-staging.example.com"\n')) },
  ],
  invalid: [
    {
      name: "EMAIL_USE_TLS = False in a staging module whose password and host are the base's (python-blind22 logistics)",
      files: site(BASE(), STAGING('EMAIL_HOST = "smtp-staging.example.com"\n⟦EMAIL_USE_TLS = False⟧\n')),
      messageIncludes: ['Django logs in to smtp-staging.example.com with a password while EMAIL_USE_TLS and EMAIL_USE_SSL are off'],
      fixes: [{ title: 'Set EMAIL_USE_TLS = True', file: 'site/settings/staging.py', output: STAGING('EMAIL_HOST = "smtp-staging.example.com"\nEMAIL_USE_TLS = True\n') }],
    },
    {
      name: "the base's host too",
      files: site(BASE(), STAGING('⟦EMAIL_USE_TLS = False⟧\n')),
      messageIncludes: ['Django logs in to smtp.example.com with a password'],
    },
  ],
});
