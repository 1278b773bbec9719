// no-weak-key-exchange: small Diffie-Hellman groups and elliptic curves (CWE-326; TLS-FACTS.md 1.3).
import { defineRule } from '../api.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noWeakKeyExchange = defineRule(meta, { js, python });
