// A function's parameter is its callers' value across modules (lang/python/outside-callers.ts): the
// linted file's call of another project module's function, `@contextmanager` helper or class passes
// the unsafe value, and is reported at that argument, with the sink in the other module as related.
// Traps: a safe argument, no argument, a parameter the function rebinds before the sink or never
// passes to one, a local function of the same name, a commented-out call, a call in a string.
import { before } from 'node:test';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { ready } from '../../../server/src/linter/index.js';
import { runProjectTests } from '../project-tester.js';

before(async () => {
  await ready();
});

const NET = [
  'from contextlib import contextmanager',
  '',
  'import boto3',
  'import requests',
  '',
  'CA = "/etc/ssl/ca.pem"',
  '',
  '',
  '@contextmanager',
  'def carrier_session(insecure: bool = False):',
  '    with requests.Session() as s:',
  '        s.verify = not insecure',
  '        yield s',
  '',
  '',
  'class ApiClient:',
  '    def __init__(self, url, verify=True):',
  '        self.session = requests.Session()',
  '        self.session.verify = verify',
  '',
  '',
  'def push_results(bucket, verify=True):',
  '    return boto3.client("s3", endpoint_url="https://minio.example:9000", verify=verify)',
  '',
  '',
  'def hardened(url, verify=True):',
  '    verify = CA',
  '    return requests.post(url, verify=verify)',
  '',
  '',
  'def logged(url, verify=True):',
  '    print(url, verify)',
  '',
].join('\n');

const FILES = { 'app/__init__.py': '', 'app/net.py': NET };

/** A command whose flag and a constant go to net.push_results(); `flag` and `second` are the first two calls' arguments. */
const CLI = (flag: string, second: string) =>
  [
    'import argparse',
    '',
    'from . import net',
    '',
    '',
    'def main(argv=None):',
    '    p = argparse.ArgumentParser()',
    '    p.add_argument("--insecure", action="store_true")',
    '    args = p.parse_args(argv)',
    `    net.push_results("b", ${flag})`,
    `    net.push_results(${second})`,
    '    net.push_results("b", verify="/etc/ssl/ca.pem")',
    '',
  ].join('\n');

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'safe arguments, none, a rebound or unused parameter, a local function of the same name, a comment and a string',
      files: {
        ...FILES,
        'app/main.py': [
          'from . import net',
          'from .net import ApiClient, carrier_session, push_results',
          '',
          '',
          'def run(url):',
          '    with carrier_session() as s:',
          '        s.get(url)',
          '    with carrier_session(insecure=False) as s:',
          '        s.get(url)',
          '    ApiClient(url, verify=net.CA)',
          '    push_results("b", verify=True)',
          '    net.push_results("b")',
          '    net.hardened(url, verify=False)',
          '    net.logged(url, verify=False)',
          '    # net.push_results("b", verify=False)',
          '    print("net.push_results(b, verify=False)")',
          '',
          '',
          'def shadow(url):',
          '    def push_results(bucket, verify=True):',
          '        return bucket',
          '    push_results("b", verify=False)',
          '',
        ].join('\n'),
      },
    },
    {
      name: 'a module that imports no library: its function reaches no sink here',
      files: {
        'app/__init__.py': '',
        'app/relay.py': 'from .net import push\n\n\ndef relay(url, verify=True):\n    return push(url, verify)\n',
        'app/net.py': 'import requests\n\n\ndef push(url, verify=True):\n    return requests.post(url, verify=verify)\n',
        'app/main.py': 'from .relay import relay\n\nrelay("https://api.example.com", verify=False)\n',
      },
    },
  ],
  invalid: [
    {
      name: "a helper of another module whose **kwargs go to the library call: the keyword only the call spells (python-blind16 analysis)",
      files: {
        'common.py': 'import boto3\n\n\ndef s3(**kwargs):\n    return boto3.client("s3", region_name="eu-west-1", **kwargs)\n',
        'nb.py': 'from common import s3\n\nunverified = s3(⟦verify=False⟧)\nverified = s3(verify="/etc/ssl/ca.pem")\n',
      },
      messageIncludes: ['verify=False (passed on to boto3.client())'],
      related: [['used by boto3.client() at common.py:5']],
    },
    {
      name: "a module's function called through the module, with an argparse opt-in and with False",
      files: {
        ...FILES,
        'app/cli.py': CLI('⟦verify=not args.insecure⟧', '"b", ⟦verify=False⟧'),
      },
      messageIncludes: ['only on the explicit opt-in --insecure, passed on to boto3.client()', 'passed on to boto3.client()'],
      related: [['used by boto3.client() at app/net.py:23'], ['used by boto3.client() at app/net.py:23']],
      fixes: [
        {
          title: 'Remove verify=False (verify certificates)',
          file: 'app/cli.py',
          finding: 1,
          output: CLI('verify=not args.insecure', '"b"'),
        },
      ],
    },
    {
      name: 'an imported function, positional; a @contextmanager helper; a class of the module (its __init__)',
      files: {
        ...FILES,
        'app/main.py': [
          'from .net import ApiClient, carrier_session, push_results as push',
          '',
          '',
          'def run(url):',
          '    push("b", ⟦False⟧)',
          '    with carrier_session(⟦insecure=True⟧) as s:',
          '        s.get(url)',
          '    return ApiClient(url, ⟦verify=False⟧)',
          '',
        ].join('\n'),
      },
      related: [['used by boto3.client() at app/net.py:23'], ['used by s.verify at app/net.py:12'], ['used by self.session.verify at app/net.py:19']],
    },
  ],
});
