// no-weak-cipher: cipher strings that enable broken (tier 1) or not-recommended (tier 2) suites,
import { defineRule } from '../api.js';
import { files } from './files.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noWeakCipher = defineRule(meta, { js, python, files });
