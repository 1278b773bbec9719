// no-unverified-hostname: the certificate is checked, but not that it belongs to the host (CWE-297).
import { defineRule } from '../api.js';
import { js } from './js.js';
import { meta } from './meta.js';
import { python } from './python.js';

export const noUnverifiedHostname = defineRule(meta, { js, python });
