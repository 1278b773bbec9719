// How the conditions a finding holds under read in messages: plain words, no backticks, short.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { conditionsSuffix, joinConditions } from '../../rules/common/conditions.js';
import { whenNullish, whenTruthy } from '../../rules/js/condition-text.js';

/** The expression of `if (…)` in `code`. */
function condition(code: string): { sf: ts.SourceFile; expr: ts.Expression } {
  const sf = ts.createSourceFile('x.ts', `if (${code}) {}`, ts.ScriptTarget.Latest, true);
  return { sf, expr: (sf.statements[0] as ts.IfStatement).expression };
}

const truthy = (code: string, holds = true) => {
  const { sf, expr } = condition(code);
  return whenTruthy(sf, expr, holds);
};

describe('whenTruthy', () => {
  it('says comparisons as they read, process.env. left out', () => {
    assert.equal(truthy("process.env.NODE_ENV !== 'production'"), "when NODE_ENV is not 'production'");
    assert.equal(truthy("process.env.NODE_ENV !== 'production'", false), "when NODE_ENV is 'production'");
    assert.equal(truthy("mode === 'old'"), "when mode is 'old'");
    assert.equal(truthy("mode == 'old'", false), "when mode is not 'old'");
  });

  it('follows negation and parentheses', () => {
    assert.equal(truthy('!isProd'), 'when isProd is falsy');
    assert.equal(truthy("!(env === 'dev')"), "when env is not 'dev'");
    assert.equal(truthy('!!flags.insecure', false), 'when flags.insecure is falsy');
  });

  it('quotes other conditions, without backticks and shortened', () => {
    assert.equal(truthy('getVerify()'), 'when getVerify() is truthy');
    assert.equal(truthy("`${mode}` === 'old'"), "when ${mode} is 'old'");
    const long = truthy('options.tls.verification.mode.strict.enabled');
    assert.ok(long.length <= 'when  is truthy'.length + 32 && long.includes('…'), long);
    assert.ok(!long.includes('`'));
  });
});

describe('whenNullish', () => {
  it('names the set and the missing branch', () => {
    const { sf, expr } = condition('process.env.TLS_MIN');
    assert.equal(whenNullish(sf, expr, true), 'when TLS_MIN is null or undefined');
    assert.equal(whenNullish(sf, expr, false), 'when TLS_MIN is set');
  });
});

describe('conditionsSuffix', () => {
  it('says "when" once, each condition once', () => {
    assert.equal(conditionsSuffix(), '');
    assert.equal(conditionsSuffix(undefined, 'when a is truthy'), ' (when a is truthy)');
    assert.equal(conditionsSuffix('when a is truthy and when b is falsy', 'when a is truthy'), ' (when a is truthy and b is falsy)');
    assert.equal(joinConditions('when a is truthy', undefined, 'when b is falsy'), 'when a is truthy and when b is falsy');
  });

  it('gives the conditions past what a message can spare way to "…"', () => {
    const out = conditionsSuffix("when NODE_ENV is not 'production'", 'when allowSelfSignedCertificates is truthy', 'when c is set');
    assert.equal(out, " (when NODE_ENV is not 'production' and …)");
  });
});
