// How the conditions a finding holds under read in messages: plain words, no backticks, short.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { conditionsSuffix, contradicts, impliedBy, joinConditions } from '../../rules/common/conditions.js';
import { whenKeyIs, whenNullish, whenTruthy } from '../../rules/js/condition-text.js';

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

  it('reads a TypeScript type assertion as the value it wraps (blind31 14)', () => {
    assert.equal(truthy("(env as Env) === 'prod'"), "when env is 'prod'");
    assert.equal(truthy('(cfg satisfies Config).insecure'), 'when (cfg satisfies Config).insecure is truthy');
    const { sf, expr } = condition('configs[env as keyof typeof configs]');
    assert.equal(whenKeyIs(sf, (expr as ts.ElementAccessExpression).argumentExpression, 'production'), "when env is 'production'");
    const angle = ts.createSourceFile('x.ts', 'if (configs[<Stage>(stage)]) {}', ts.ScriptTarget.Latest, true);
    const access = (angle.statements[0] as ts.IfStatement).expression as ts.ElementAccessExpression;
    assert.equal(whenKeyIs(angle, access.argumentExpression, 'eu'), "when stage is 'eu'");
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

describe('contradicts and impliedBy', () => {
  it('two values of one subject, a value and its negation, and opposite tests cannot hold together', () => {
    assert.equal(contradicts("when key is 'mailhog'", "when key is 'sendgrid'"), true);
    assert.equal(contradicts("when key is 'mailhog'", 'when key is "mailhog"'), false);
    assert.equal(contradicts("when key is 'mailhog'", "when key is not 'mailhog'"), true);
    assert.equal(contradicts('when a is truthy and when b is set', 'when b is null or undefined'), true);
    assert.equal(contradicts('when verify is given', 'when verify is not given'), true);
    assert.equal(contradicts('when port is 25', 'when port is 587'), true);
  });

  it('is false when unsure: other subjects, two negations, values that are not literals, shortened text', () => {
    assert.equal(contradicts("when key is 'a'", "when name is 'b'"), false);
    assert.equal(contradicts("when key is not 'a'", "when key is not 'b'"), false);
    assert.equal(contradicts('when key is LOCAL', 'when key is REMOTE'), false);
    assert.equal(contradicts("when key is 'a'", "when key is 'b…'"), false);
    assert.equal(contradicts(undefined, "when key is 'a'"), false);
    assert.equal(contradicts('otherwise', "when key is 'a'"), false);
  });

  it('a condition follows from those given when each part is one of theirs or excluded by them', () => {
    assert.equal(impliedBy("when key is not 'mailhog'", ["when key is 'sendgrid'"]), true);
    assert.equal(impliedBy("when key is 'mailhog'", ["when key is 'mailhog'"]), true);
    assert.equal(impliedBy("when key is not 'mailhog' and when c is truthy", ["when key is 'sendgrid'"]), false);
    assert.equal(impliedBy('when key is not LOCAL', ["when key is 'sendgrid'"]), false);
  });
});
