// no-legacy-tls-version: SSLv3 / TLS 1.0 / TLS 1.1 allowed or forced (CWE-327, CWE-757).
import { defineRule } from '../api.js';
import { files } from './files.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noLegacyTlsVersion = defineRule(meta, { js, python, files });
