// The hover's links to rule pages open the pages bundled in the extension (a command link the
// hover trusts), never anything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localRuleLinks } from '../../client/src/rule-links.js';
import { docsUrl, REPOSITORY_URL, ruleIdOfDocs, ruleIdOfDocsUrl } from '../../protocol/docs.js';

describe('localRuleLinks', () => {
  it('turns docs addresses into the showDocumentation command with the rule id, and leaves other links', () => {
    const md = `See [the page](${docsUrl('no-weak-cipher')}), [a section](${docsUrl('require-servername')}#options) and [OpenSSL](https://www.openssl.org/docs/).`;
    assert.equal(
      localRuleLinks(md),
      `See [the page](command:tlslint.showDocumentation?%5B%22no-weak-cipher%22%5D), [a section](${docsUrl('require-servername')}#options) and [OpenSSL](https://www.openssl.org/docs/).`,
    );
  });
});

describe('ruleIdOfDocsUrl / ruleIdOfDocs', () => {
  it('reads the id of a docs address and of nothing else', () => {
    assert.equal(ruleIdOfDocsUrl(docsUrl('no-weak-cipher')), 'no-weak-cipher');
    assert.equal(ruleIdOfDocsUrl(`${REPOSITORY_URL}/blob/main/docs/rules/../../x.md`), undefined);
    assert.equal(ruleIdOfDocsUrl('https://example.com/docs/rules/no-weak-cipher.md'), undefined);
    assert.equal(ruleIdOfDocsUrl('no-weak-cipher'), undefined);
    assert.equal(ruleIdOfDocs('no-weak-cipher'), 'no-weak-cipher');
    assert.equal(ruleIdOfDocs('javascript:alert(1)'), undefined);
  });
});
