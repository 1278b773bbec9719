// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import { defineRule } from '../api.js';
import { files } from './files.js';
import { js } from './js.js';
import { meta } from './meta.js';
import { python } from './python.js';

export const noGlobalTlsBypass = defineRule(meta, { js, python, files });
