// no-tls-key-logging: TLS session secrets or handshake traces written out (CWE-532; TLS-FACTS.md 1.7, 1.8).
import { defineRule } from '../api.js';
import { files } from './files.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noTlsKeyLogging = defineRule(meta, { js, python, files });
