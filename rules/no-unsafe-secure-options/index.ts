// no-unsafe-secure-options: secureOptions flags that weaken TLS (CWE-757; TLS-FACTS.md 1.6).
import { defineRule } from '../api.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noUnsafeSecureOptions = defineRule(meta, { js, python });
