// The rule catalog: every rule, in the order they are documented. Adding a rule means adding its
// file here, its doc page and its test table (test/meta checks all three).
import type { Rule } from './api.js';
import { noGlobalTlsBypass } from './no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from './no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from './no-unverified-certificate/index.js';
import { noDeprecatedTlsApi } from './no-deprecated-tls-api/index.js';
import { noPlaintextDowngrade } from './no-plaintext-downgrade/index.js';
import { noTlsKeyLogging } from './no-tls-key-logging/index.js';
import { noUnsafeSecureOptions } from './no-unsafe-secure-options/index.js';
import { noUnverifiedHostname } from './no-unverified-hostname/index.js';
import { noWeakCipher } from './no-weak-cipher/index.js';
import { noWeakKeyExchange } from './no-weak-key-exchange/index.js';
import { requireServername } from './require-servername/index.js';

export const rules: readonly Rule[] = [noUnverifiedCertificate, noGlobalTlsBypass, noUnverifiedHostname, noLegacyTlsVersion, noWeakCipher, noWeakKeyExchange, noUnsafeSecureOptions, noPlaintextDowngrade, noTlsKeyLogging, noDeprecatedTlsApi, requireServername];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
