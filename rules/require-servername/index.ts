// require-servername: connections that send no SNI (TLS-FACTS.md 1.1 #1-#3). An interop problem
import { defineRule } from '../api.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const requireServername = defineRule(meta, { js, python });
