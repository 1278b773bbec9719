// A subclass that changes what an inherited method reads: a base's `connect()` calling
// `tls.connect({ minVersion: this.minVersion })`, a subclass writing `minVersion = 'TLSv1'` (a
// field, a getter, a constructor assignment, what its `super(…)` passes). The finding sits at the
// subclass's write, in one file and across files. Traps: the subclass overrides the method, sets a
// safe value, an unrelated class with the same field names, a base reading another object's key,
// a sink call in the base's constructor (it runs before the subclass's fields are set).
// A base's method may build the options in a helper method of the same instance
// (`this.socketOptions()` reading `this.verifyPeer`): the helper runs with `this` standing for the
// subclass too, and a subclass's override of the helper wins. A subclass nothing exports or names
// (no instance is ever made) changes nothing.
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { noWeakCipher } from '../../rules/no-weak-cipher/index.js';
import { runProjectTests } from './project-tester.js';

const TLS = "import tls from 'node:tls';\n";
const BASE_CLASS = `export class Connector {\n  protected minVersion = 'TLSv1.2';\n  protected verifyPeer = true;\n  protected get ciphers(): string | undefined {\n    return undefined;\n  }\n  connect() {\n    return tls.connect({ host: 'h', servername: 'h', minVersion: this.minVersion, ciphers: this.ciphers, rejectUnauthorized: this.verifyPeer });\n  }\n}\n`;
const BASE = `${TLS}${BASE_CLASS}`;
const IMPORT = "import { Connector } from './core';\n";
// The sink's options come from a helper method that reads a getter (line 7: the helper's return).
const RELAY = "import https from 'node:https';\nexport class Relay {\n  protected get verifyPeer(): boolean {\n    return true;\n  }\n  protected options(): https.RequestOptions {\n    return { rejectUnauthorized: this.verifyPeer };\n  }\n  open() {\n    return https.request('https://relay.example', this.options());\n  }\n}\n";
const IMPORT_RELAY = "import { Relay } from './relay';\n";

runProjectTests(noLegacyTlsVersion, {
  valid: [
    {
      name: 'a subclass that sets a modern version, or leaves the base its own',
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  protected minVersion = 'TLSv1.3';\n}\nexport class B extends Connector {}\n` },
    },
    {
      name: 'a subclass that overrides the method holding the sink call',
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  protected minVersion = 'TLSv1';\n  connect() {\n    return undefined as never;\n  }\n}\n` },
    },
    {
      name: 'an unrelated class with the same field names',
      files: { 'core.ts': BASE, 'a.ts': "export class Other {\n  minVersion = 'TLSv1';\n  describe() { return this.minVersion; }\n}\n" },
    },
    {
      name: "a base whose method reads another object's key",
      files: {
        'core.ts': `${TLS}export class Connector {\n  constructor(private readonly settings: { minVersion: tls.SecureVersion }) {}\n  minVersion = 'TLSv1.2';\n  connect() {\n    return tls.connect({ host: 'h', minVersion: this.settings.minVersion });\n  }\n}\n`,
        'a.ts': `${IMPORT}export class A extends Connector {\n  minVersion = 'TLSv1';\n}\n`,
      },
    },
    {
      name: "a sink call in the base's constructor runs before the subclass's fields are set",
      files: {
        'core.ts': `${TLS}export class Connector {\n  protected minVersion = 'TLSv1.2';\n  socket = tls.connect({ host: 'h', minVersion: this.minVersion as tls.SecureVersion });\n}\n`,
        'a.ts': `${IMPORT}export class A extends Connector {\n  protected minVersion = 'TLSv1';\n}\n`,
      },
    },
    {
      name: 'a subclass that writes the field in another method too: not known',
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  protected minVersion = 'TLSv1';\n  modern() { this.minVersion = 'TLSv1.3'; }\n}\n` },
    },
  ],
  invalid: [
    {
      name: 'a field of a subclass in the same file',
      files: { 'one.ts': `${BASE}export class Legacy extends Connector {\n  protected minVersion = ⟦'TLSv1'⟧;\n}\n` },
      related: [['minVersion: this.minVersion in connect at one.ts:9']],
    },
    {
      name: 'a field of a subclass in another file, and one further down the chain',
      files: {
        'core.ts': BASE,
        'a.ts': `${IMPORT}export class Legacy extends Connector {\n  protected minVersion = ⟦'TLSv1'⟧;\n}\nexport class Older extends Legacy {\n  protected minVersion = ⟦'TLSv1.1'⟧;\n}\n`,
      },
      related: [['minVersion: this.minVersion in connect at core.ts:9'], ['minVersion: this.minVersion in connect at core.ts:9']],
    },
    {
      name: 'a constructor assignment and a getter of a subclass',
      files: {
        'core.ts': BASE,
        'a.ts': `${IMPORT}export class A extends Connector {\n  constructor() {\n    super();\n    ⟦this.minVersion = 'TLSv1.1'⟧;\n  }\n}\nexport class B extends Connector {\n  protected get minVersion() {\n    return ⟦'TLSv1'⟧;\n  }\n}\n`,
      },
    },
  ],
});

runProjectTests(noWeakCipher, {
  valid: [
    {
      name: 'a getter of a subclass returning strong ciphers',
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  protected get ciphers() {\n    return 'ECDHE-RSA-AES128-GCM-SHA256';\n  }\n}\n` },
    },
  ],
  invalid: [
    {
      name: "a subclass's getter: the finding is at the cipher it returns",
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  protected get ciphers() {\n    return 'ECDHE-RSA-AES128-GCM-SHA256:⟦RC4-SHA⟧';\n  }\n}\n` },
      related: [['ciphers: this.ciphers in connect at core.ts:9']],
    },
  ],
});

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: "a base's helper method reading its own safe getter, with subclasses that keep it or leave it",
      files: { 'relay.ts': RELAY, 'a.ts': `${IMPORT_RELAY}export class A extends Relay {\n  protected get verifyPeer() {\n    return true;\n  }\n}\nexport class B extends Relay {}\n` },
    },
    {
      name: 'a subclass whose getter turns verification off but whose override of the helper method does not read it',
      files: { 'relay.ts': RELAY, 'a.ts': `${IMPORT_RELAY}export class A extends Relay {\n  protected get verifyPeer() {\n    return false;\n  }\n  protected options() {\n    return { rejectUnauthorized: true };\n  }\n}\n` },
    },
    {
      name: 'a subclass the file neither exports nor names again: no instance of it is made',
      files: { 'relay.ts': `${RELAY}class Unused extends Relay {\n  protected get verifyPeer() {\n    return false;\n  }\n}\n` },
    },
    {
      name: 'an abstract helper method: what it returns is not known',
      files: { 'a.ts': "import https from 'node:https';\nexport abstract class A {\n  verify = false;\n  protected abstract options(): https.RequestOptions;\n  open() {\n    return https.request('https://x', this.options());\n  }\n}\n" },
    },
    {
      name: 'a subclass that keeps verification on under its flag',
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  constructor(strict = false) {\n    super();\n    if (strict) {\n      this.verifyPeer = true;\n    }\n  }\n}\n` },
    },
    {
      name: 'super(...) passing a flag that keeps verification on',
      files: {
        'base.ts': "import https from 'node:https';\nexport class Base {\n  protected readonly verify: boolean;\n  constructor(options: { verify?: boolean }) {\n    this.verify = options.verify ?? true;\n  }\n  get() {\n    return https.request('https://x', { rejectUnauthorized: this.verify });\n  }\n}\n",
        'a.ts': "import { Base } from './base';\nexport class A extends Base {\n  constructor(verify = true) {\n    super({ verify });\n  }\n}\n",
      },
    },
  ],
  invalid: [
    {
      name: "a subclass's getter read by the base's helper method that builds the sink's options: at the value it returns",
      files: { 'relay.ts': RELAY, 'a.ts': `${IMPORT_RELAY}export class ApacRelay extends Relay {\n  protected get verifyPeer() {\n    return ⟦false⟧;\n  }\n}\nexport const relay = new ApacRelay();\n` },
      messageIncludes: ['https.request'],
      related: [['rejectUnauthorized: this.verifyPeer in options at relay.ts:7']],
    },
    {
      name: "a subclass's field in the same file, and one further down the chain",
      files: { 'relay.ts': `${RELAY}export class Lab extends Relay {\n  protected verifyPeer = ⟦false⟧;\n}\nexport class Bench extends Lab {\n  protected verifyPeer = ⟦false⟧;\n}\n` },
    },
    {
      name: "a subclass's override of the helper method, and the class's own helper method reading its field",
      files: {
        'relay.ts': `${RELAY}export class Lab extends Relay {\n  protected options() {\n    return { ⟦rejectUnauthorized: false⟧ };\n  }\n}\n`,
        'one.ts': "import https from 'node:https';\nexport class Client {\n  private verify = ⟦false⟧;\n  private options(): https.RequestOptions {\n    return { rejectUnauthorized: this.verify };\n  }\n  get() {\n    return https.request('https://x', this.options());\n  }\n}\n",
      },
      messageIncludes: ['https.request', 'https.request'],
    },
    {
      name: "a class of another file constructed with an entry of a CommonJS config module required whole (`new TlsSyslogTransport(config.syslog)`): reported where the entry's value is written",
      files: {
        'config.js': "module.exports = {\n  syslog: { host: 'syslog.example.com', port: 6514, ⟦allowSelfSigned: true⟧ },\n  graylog: { host: 'graylog.example.com', allowSelfSigned: false },\n};\n",
        'syslog.js': "const tls = require('node:tls');\nclass TlsSyslogTransport {\n  constructor({ host, allowSelfSigned = false }) {\n    this.host = host;\n    this.allowSelfSigned = allowSelfSigned;\n  }\n  connect() {\n    return tls.connect({ host: this.host, servername: this.host, rejectUnauthorized: !this.allowSelfSigned });\n  }\n}\nmodule.exports = { TlsSyslogTransport };\n",
        'index.js': "const config = require('./config');\nconst { TlsSyslogTransport } = require('./syslog');\nnew TlsSyslogTransport(config.syslog).connect();\nnew TlsSyslogTransport(config.graylog).connect();\n",
      },
    },
    {
      name: "a subclass's constructor turning verification off under an if",
      files: { 'core.ts': BASE, 'a.ts': `${IMPORT}export class A extends Connector {\n  constructor(insecure = false) {\n    super();\n    if (insecure) {\n      ⟦this.verifyPeer = false⟧;\n    }\n  }\n}\n` },
      messageIncludes: ['insecure'],
      related: [['rejectUnauthorized: this.verifyPeer in connect at core.ts:9']],
    },
    {
      name: "super(...) passing a parameter whose default turns verification off: at the default",
      files: {
        'base.ts': "import https from 'node:https';\nexport class Base {\n  protected readonly verify: boolean;\n  constructor(options: { url: string; verify?: boolean }) {\n    this.verify = options.verify ?? true;\n  }\n  get() {\n    return https.request(this.url(), { rejectUnauthorized: this.verify });\n  }\n  url() { return 'https://x'; }\n}\n",
        'a.ts': "import { Base } from './base';\nexport class A extends Base {\n  constructor(key: string, verify = ⟦false⟧) {\n    super({ url: key, verify });\n  }\n}\n",
      },
    },
  ],
});
