// no-deprecated-tls-api: TLS APIs Node deprecated or removed (CWE-477; TLS-FACTS.md 1.9).
import { defineRule } from '../api.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noDeprecatedTlsApi = defineRule(meta, { js, python });
