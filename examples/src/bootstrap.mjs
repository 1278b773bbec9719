// Entry point: environment tweaks, then the server.
import tls from 'node:tls';

// The staging proxy re-signs traffic with its own certificate.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// The warehouse scanners only speak TLS 1.0.
tls.DEFAULT_MIN_VERSION = 'TLSv1';

await import('./server.ts');
