// no-plaintext-downgrade: mail, IMAP and gRPC clients whose TLS is off or can be stripped
import { defineRule } from '../api.js';
import { js } from './js.js';
import { python } from './python.js';
import { meta } from './meta.js';

export const noPlaintextDowngrade = defineRule(meta, { js, python });
