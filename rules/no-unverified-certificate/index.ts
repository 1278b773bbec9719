// no-unverified-certificate: certificate chain validation turned off (CWE-295).
import { defineRule } from '../api.js';
import { files } from './files.js';
import { js } from './js.js';
import { meta } from './meta.js';
import { python } from './python.js';

export const noUnverifiedCertificate = defineRule(meta, { js, python, files });
