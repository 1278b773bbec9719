// Recall and false positives of the project model on small multi-file services written in the
// style of real ones (test/fixtures/project-eval/: config modules, client factories, class-based
// clients, profile tables, helpers with defaults, barrels, tsconfig paths), with traps: safe
// overrides, server-only options, values from the environment or the command line, names
// shadowed locally. Each expected finding is a `// expect: <rule-id>` comment on the line it
// starts on; any other finding is a false positive. The CLI checks each project as a user would
// (`tlslint .` in it), and once more with --no-project to show what the model adds.
// test/fixtures/project-eval-blind/ is a second set written from the outside (before reading the
// rules, the way issue 16's hidden set is; its key was not changed after scoring): it must keep at
// least 92 % recall with at most 2 false positives, the goal for a hidden set. Its key names
// the line an imported value is written on where tlslint reports the option that uses it (as in one
// file) with that line as "value written here": such a finding counts there (both scores printed);
// so does a finding at an option that turns a caller's opt-in into an unsafe value, at the call
// that passes the opt-in ("opt-in passed here"): one problem, two places, a key may name either.
// test-unit: own process (lints each set's projects with the built engine, the first set twice)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const EVAL = path.join(ROOT, 'test', 'fixtures', 'project-eval');
const BLIND = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind');
const BLIND2 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind2');
const BLIND3 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind3');
const BLIND4 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind4');
const BLIND5 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind5');
const BLIND6 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind6');
const BLIND7 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind7');
const BLIND8 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind8');
const BLIND9 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind9');
const BLIND10 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind10');
const BLIND11 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind11');
const BLIND12 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind12');
const BLIND13 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind13');
const BLIND14 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind14');
const BLIND15 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind15');
const BLIND16 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind16');
const BLIND17 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind17');
const BLIND18 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind18');
const BLIND19 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind19');
const BLIND20 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind20');
const BLIND21 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind21');
const BLIND22 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind22');
const BLIND23 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind23');
const BLIND24 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind24');
const BLIND25 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind25');
const BLIND26 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind26');
const BLIND27 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind27');
const BLIND28 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind28');
const BLIND29 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind29');
const BLIND30 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind30');
const BLIND31 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind31');
const BLIND32 = path.join(ROOT, 'test', 'fixtures', 'project-eval-blind32');
const ids = catalog.map((r) => r.meta.id);

/** Project files whose comments start with `#` (a mark there reads `# expect: rule`). */
const HASH_COMMENTS = /^(\.env(\..+)?|.+\.ya?ml|Dockerfile(\..+)?)$/;

/**
 * `file:line rule` for each `// expect: rule` comment of a project (`# expect:` in YAML and .env
 * files), and for each `file:line:rule` line of its EXPECT-EXTRA.txt: the marks of files that have
 * no trailing comments (package.json, Dockerfile, .npmrc), counted as the set's own scorer did.
 */
function expected(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = path.posix.join(rel, e.name);
      // `// expect: a, b`: two rules on one line.
      const mark = /\.[cm]?[jt]sx?$/.test(e.name) ? /\/\/ expect: ([\w-]+(?:\s*,\s*[\w-]+)*)/g : HASH_COMMENTS.test(e.name) ? /# expect: ([\w-]+(?:\s*,\s*[\w-]+)*)/g : undefined;
      if (e.isDirectory()) walk(name);
      else if (mark) {
        readFileSync(path.join(dir, name), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            for (const m of line.matchAll(mark)) for (const id of m[1].split(/\s*,\s*/)) out.push(`${name}:${i + 1} ${id}`);
          });
      } else if (rel === '.' && e.name === 'EXPECT-EXTRA.txt') {
        for (const m of readFileSync(path.join(dir, name), 'utf8').matchAll(/^(.+:\d+):([\w-]+)\s*$/gm)) out.push(`${m[1]} ${m[2]}`);
      }
    }
  };
  walk('.');
  return out.map((s) => s.replace(/^\.\//, '')).sort();
}

/** A finding as `file:line rule`, with the places it names as where its value is written, and all its related places (same form). */
interface Found {
  at: string;
  written: string[];
  related: string[];
}

/** Related places that are the same problem as the finding (the lenient score counts a finding there too). */
const SAME_PROBLEM = new Set(['value written here', 'opt-in passed here']);

async function found(dir: string, extra: string[] = []): Promise<Found[]> {
  let stdout = '';
  await runLint(parseArgs(['--jobs', '1', '--format', 'json', ...extra, '.'], ids), { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, version: 'test' });
  const report = JSON.parse(stdout) as { filePath: string; findings: { ruleId: string; line: number; related?: { filePath: string; line: number; message: string }[] }[] }[];
  return report
    .flatMap((r) => r.findings.map((f) => ({ at: `${r.filePath}:${f.line} ${f.ruleId}`, written: (f.related ?? []).filter((x) => SAME_PROBLEM.has(x.message)).map((x) => `${x.filePath}:${x.line} ${f.ruleId}`), related: (f.related ?? []).map((x) => `${x.filePath}:${x.line} ${f.ruleId}`) })))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

interface Score {
  expected: number;
  hit: number;
  falsePositives: string[];
  missed: string[];
}

/**
 * Recall and false positives against the `// expect:` lines. `strict`: a finding matches only on
 * its own line. Otherwise a finding on an option whose value is written in another place (`minVersion:
 * MIN_TLS` with MIN_TLS in constants.ts) also matches an expectation on the line it names as "value
 * written here": the two places are one finding, and a key written from the outside may name either.
 * `anyRelated`: any related place of a finding counts so (a set whose own scorer matched that way).
 */
async function score(set: string, extra: string[] = [], strict = true, anyRelated = false): Promise<{ total: Score; byProject: Map<string, Score> }> {
  const total: Score = { expected: 0, hit: 0, falsePositives: [], missed: [] };
  const byProject = new Map<string, Score>();
  for (const name of readdirSync(set).sort()) {
    const dir = path.join(set, name);
    const want = expected(dir);
    const got = await found(dir, extra);
    const names = (f: Found) => (strict ? [f.at] : [f.at, ...(anyRelated ? f.related : f.written)]);
    const s: Score = {
      expected: want.length,
      hit: want.filter((w) => got.some((g) => names(g).includes(w))).length,
      missed: want.filter((w) => !got.some((g) => names(g).includes(w))).map((w) => `${name}/${w}`),
      falsePositives: got.filter((g) => !names(g).some((n) => want.includes(n))).map((g) => `${name}/${g.at}`),
    };
    byProject.set(name, s);
    total.expected += s.expected;
    total.hit += s.hit;
    total.missed.push(...s.missed);
    total.falsePositives.push(...s.falsePositives);
  }
  return { total, byProject };
}

const pct = (s: Score) => `${s.hit}/${s.expected} (${((100 * s.hit) / s.expected).toFixed(1)} %)`;

/**
 * The lines a set's DECOYS.md lists under "## Debatable" (`project/file:line`, written before its
 * first run): a finding there is neither expected nor a false positive, by that set's own scoring.
 */
function debatable(set: string): string[] {
  let text: string;
  try {
    text = readFileSync(`${set}.DECOYS.md`, 'utf8');
  } catch {
    return [];
  }
  const section = text.split(/^## /m).find((s) => s.startsWith('Debatable')) ?? '';
  return [...section.matchAll(/^- `?([^`\s]+:\d+)`? --/gm)].map((m) => m[1]);
}

/** An outside set held to a bar, lenient on where a value is written (or on any related place); both scores printed. */
async function assertBlind(set: string, name: string, recall: number, falsePositives: number, anyRelated = false): Promise<void> {
  const open = debatable(set);
  const counted = (s: Score) => {
    const onOpen = s.falsePositives.filter((f) => open.includes(f.replace(/ [\w-]+$/, '')));
    return { ...s, falsePositives: s.falsePositives.filter((f) => !onOpen.includes(f)), onOpen };
  };
  const strict = counted((await score(set)).total);
  const total = counted((await score(set, [], false, anyRelated)).total);
  const debated = open.length ? `; on debatable lines (not counted) ${JSON.stringify(total.onOpen)}` : '';
  console.log(`${name}: recall ${pct(total)}, ${total.falsePositives.length} false positives (strictly on the finding's own line: ${pct(strict)}, ${strict.falsePositives.length}); missed ${JSON.stringify(total.missed)}; false positives ${JSON.stringify(total.falsePositives)}${debated}`);
  assert.ok(total.falsePositives.length <= falsePositives, `false positives: ${total.falsePositives.join(', ')}`);
  assert.ok(total.hit >= recall * total.expected, `recall ${pct(total)}; missed: ${total.missed.join(', ')}`);
}

function checkShape(set: string): void {
  const projects = readdirSync(set);
  assert.ok(projects.length >= 15, `${projects.length} projects`);
  for (const p of projects) {
    const sources: string[] = [];
    const walk = (d: string) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.[cm]?[jt]sx?$/.test(e.name) && sources.push(e.name)));
    walk(path.join(set, p));
    assert.ok(sources.length >= 2 && sources.length <= 5, `${p}: ${sources.length} source files`);
    assert.ok(expected(path.join(set, p)).length > 0, `${p} expects no finding`);
  }
}

describe('project model evaluation set', () => {
  it('has at least 15 projects of 2 to 5 source files with expected findings', () => checkShape(EVAL));

  it('finds every expected finding with no false positive (and says how much the model adds)', async () => {
    const withModel = await score(EVAL);
    const alone = await score(EVAL, ['--no-project']);
    console.log(`project-eval: recall ${pct(withModel.total)}, ${withModel.total.falsePositives.length} false positives; each file alone: ${pct(alone.total)}, ${alone.total.falsePositives.length} false positives`);
    assert.deepEqual(withModel.total.falsePositives, [], 'false positives');
    assert.deepEqual(withModel.total.missed, [], 'missed');
    assert.deepEqual(alone.total.falsePositives, [], 'false positives without the project model');
    assert.ok(alone.total.hit < withModel.total.hit);
  });
});

describe('project model evaluation set written from the outside', () => {
  it('has at least 15 projects of 2 to 5 source files with expected findings', () => checkShape(BLIND));

  it('finds every expected finding with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND, 'project-eval-blind', 1, 0));
});

// A second outside set (18 projects of 3 to 8 source files, written on 2026-12-06 from the issue,
// TLS-FACTS and the rule pages; its judgements in project-eval-blind2.NOTES.md; one mark taken out
// and one added after the run, each saying why). Its tester put every finding where the unsafe value
// is written, as tlslint does since that day within a file too (a class field, a destructuring
// default), also through a function of another file that maps a settings object to options; an
// option that is missing (mysql2's verifyIdentity, nodemailer's requireTLS) on the call that connects.
describe('project model evaluation set written from the outside, second round', () => {
  it('finds every expected finding with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND2, 'project-eval-blind2', 1, 0));
});

// A third outside set (17 projects: a workspace monorepo, NestJS, Next.js, convict, a CLI with flags,
// SDK classes, Deno/Bun, Electron, WebDriver, Knex, gRPC; written on 2026-12-06 evening): its
// judgements in project-eval-blind3.NOTES.md; one mark taken out after the run (SSL_OP_LEGACY_SERVER_CONNECT
// on a server, which the tester found wrong by the rule page). Its one miss left: commands.js:6,
// `makeAgent(flags.insecure)` passing a CLI opt-in to a helper's bare parameter: found since
// session 11 at the option `!insecure`, with the call as "opt-in passed here" (three outside keys,
// the rule page and issue 16 ask for it; project-eval/12-cli-opt-in's trap became an expectation).
describe('project model evaluation set written from the outside, third round', () => {
  it('finds every expected finding with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND3, 'project-eval-blind3', 1, 0));
});

// A fourth outside set (16 projects: a GraphQL gateway, Fastify plugins, Lambda handlers, Koa with
// TypeORM, an event bus over AMQP/Kafka/NATS/MQTT, an env-keyed datastore map, e2e setups, dev-server
// proxies, a CLI spawning children, mTLS servers, a TypeScript client library; written on
// 2026-12-06 evening): its judgements in project-eval-blind4.NOTES.md; no mark changed.
describe('project model evaluation set written from the outside, fourth round', () => {
  it('finds every expected finding with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND4, 'project-eval-blind4', 1, 0));
});

// A fifth outside set (18 projects: a Hapi gateway, axios per tenant, scrapers, Nest-style plugin
// classes, a data layer, workers, SSO, mail, gRPC, PDF rendering, an Electron updater, proxies, a
// health-check CLI, mTLS servers, a monorepo, e2e sync, a registry mirror, ORMs; written on
// 2026-12-06 evening, after the fourth was fixed): its judgements in project-eval-blind5.NOTES.md.
// Its one unmatched finding, sequelize.js:7 (`connect(env)` with `sequelizeConfig[env]`, "when env
// is 'production'"), is true by its NOTES ("Unmatched findings" 3): the key was left unchanged.
describe('project model evaluation set written from the outside, fifth round', () => {
  it('finds every expected finding with at most 1 unmarked finding (a finding may match on the line its value is written)', () => assertBlind(BLIND5, 'project-eval-blind5', 1, 1));
});

// A sixth outside set (17 projects: an undici BFF, a generated TypeScript SDK, a Next.js fetch layer,
// BullMQ/ioredis, kafkajs, search clients, mysql2 pools, Mongoose tenants, an MQTT bridge, a pg
// migrator, webhooks, a commander CLI, LDAP sync, an FTP backup job, Playwright, a worker supervisor,
// an mTLS SNI gateway; written on 2026-12-06 night): first run 41/49 strictly, 3 false positives.
// Its judgements in project-eval-blind6.NOTES.md; one mark taken out after the run (PGSSLMODE).
// 47/48 since a helper whose sink reads a part of its parameter (`client.access(dest.access)`, 14)
// makes its callers worth an importer pass; 48/48 since a connection string's hole after
// `sslmode=` is read for what each table entry puts there (10, rules/js/uri-holes.ts).
describe('project model evaluation set written from the outside, sixth round', () => {
  it('finds all 48 with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND6, 'project-eval-blind6', 1, 0));
});

// A seventh outside set (19 projects: Remix loaders, an Apollo gateway, a tunnel proxy, a CMS plugin,
// a realtime relay, a Docker Engine client, Vault/Consul, a payment SDK, a mail queue, a rate
// limiter, a Kubernetes operator, a metrics push client, a test setup, a generator, a yargs CLI, an
// Express 3 app, Electron/browsers, gRPC, a monorepo of presets; written on 2026-12-06 night after
// the sixth): first run 54/62 with 2 false positives. Its judgements in project-eval-blind7.NOTES.md.
describe('project model evaluation set written from the outside, seventh round', () => {
  it('finds at least 98 % with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND7, 'project-eval-blind7', 0.98, 0));
});

// An eighth outside set (20 projects: a payments SDK, Express/Nest services, a notifier, an undici
// ingest worker, Playwright/Puppeteer, Electron, a commander CLI, release scripts, a tsconfig-paths
// monorepo, data access, socket.io, sessions, partner connectors with an offline transport, Next.js,
// EDI over FTP, a Kubernetes operator, a scanner gateway, a deploy CLI; written on 2026-12-06 night
// after the seventh): first run 66/71 with 2 false positives. Its judgements in
// project-eval-blind8.NOTES.md, its decoys in project-eval-blind8.DECOYS.md (findings on the three
// lines listed there as debatable are not counted, and a finding matches a mark on any of its
// related places, as its scorer did); no mark changed.
describe('project model evaluation set written from the outside, eighth round', () => {
  it('finds all 71 with no false positive (a finding may match on the line its value is written)', () => assertBlind(BLIND8, 'project-eval-blind8', 1, 0, true));
});

// A ninth outside set (20 projects, 89 marks: payments SDK, Express gateway, Nest orders, a deploy
// CLI, Electron, e2e suites, a DB monorepo, mail, cache, LDAP, gRPC mesh, webhooks, IoT bridge, a
// TLS terminator, a job runner, a Next storefront, a dev proxy, a backup shipper, a cluster
// operator, legacy integrations; written on 2026-12-06 night, scored after the night's merges):
// first run 84/89 with 6 false positives; the tester moved two marks it judged one line off
// (project-eval-blind9.NOTES.md), giving 86/89 with 4. Three were fixed the same night (got.extend's
// http:// prefixUrl, needle to http://, objects given to test matchers); the fourth, a mysql2 pool
// whose defaults lack verifyIdentity with the only caller passing it, the tester judged defensible.
// Scored as blind8 (any related place, debatable lines not counted). 87/89 since the ioredis URL
// whose password is added with `+` (09-cache-layer) is read for its scheme and host; 88/89 since a
// parameter defaulting to process.env (`applyDefaults(env = process.env)`, 15-job-runner) is the environment;
// 89/89 since a node-libcurl setter in a helper of another file is judged by what a call passes (18).
describe('project model evaluation set written from the outside, ninth round', () => {
  it('finds all 89 with at most 1 false positive', () => assertBlind(BLIND9, 'project-eval-blind9', 89 / 89, 1, true));
});


// A tenth outside set (20 projects, 76 marks: NestJS billing, an AMQP worker, Elasticsearch, mail,
// IoT transports, Prisma/pg/Sequelize, Knex/mssql/TypeORM, e2e suites, Electron, a deploy CLI, infra
// files (YAML, .env, Dockerfile, .npmrc, package.json: those marks in each project's
// EXPECT-EXTRA.txt), Next.js, a tsconfig-paths SDK monorepo, gRPC, HTTP clients, LDAP, a legacy
// bridge, Jest mocks, a payments gateway, cloud clients; written on 2026-12-07 night): first run
// 70/76 with 4 false positives; the tester moved one mark (a Knex mysql2 verifyIdentity, to the call
// that connects), giving 71/76 (project-eval-blind10.NOTES.md, decoys in
// project-eval-blind10.DECOYS.md). Fixed the same night: the four decoys (Elasticsearch's http://
// node, mqtt.connect to mqtt://, Sequelize's sqlite, a Jest manual mock's data) and the five misses
// (a caller's own-switch comparison hiding another's opt-in, a destructuring default in a
// declaration, a computed secureOptions constant placed at the option as its page says, a
// constructor's field write, a Prisma URL template in another file's table). Scored as blind8 (any
// related place, debatable lines not counted).
describe('project model evaluation set written from the outside, tenth round', () => {
  it('finds all 76 with no false positive', () => assertBlind(BLIND10, 'project-eval-blind10', 1, 0, true));
});

// An eleventh outside set (19 projects, 73 marks: billing SDK, Nest orders API, a notify worker, an
// edge proxy, e2e suites, Electron, queue consumers (amqplib, mqtt, nats), node-redis/ioredis, LDAP,
// a gRPC gateway, search, cloud uploads, a legacy bridge, devops scripts, bootstrap, a reporting DB,
// realtime web, deploy config (EXPECT-EXTRA.txt) and a deploy CLI), written during session 12 and
// scored only after that night's merges (2026-12-07, 01:48 UTC): first run 68/73 with 6 false
// positives; the tester moved two mysql2 verifyIdentity marks to the calls that connect, giving
// 70/73 (project-eval-blind11.NOTES.md). Fixed the same night: a NODE_OPTIONS template of another
// file reported at the importer's offsets (14), node-redis's url with built-in credentials (08),
// MQTT.js's plain protocol option (07), node-redis's socket.tls false (08), a key-logging flag in a
// ?: on an environment variable (14), ldapjs tlsOptions beside an ldap:// url (09). Left: a local
// mail catcher chosen by a helper (03), an anonymous FTP entry whose password a ?: leaves out (09),
// execa's env (14) and node-redis's url built in another file (08). Scored as blind8 (a line marked
// with two rules, `// expect: a, b`, expects both): 71/73 with 2 false positives. Session 13: the
// two false positives gone (an entry's version of an object keeps the branches of its other
// properties that hold with its key; guards and literal equality evaluated) and the url of another
// file read (08), and execa's env read as a child's environment (14): 73/73 with none.
describe('project model evaluation set written from the outside, eleventh round', () => {
  it('finds all 73 with no false positive', () => assertBlind(BLIND11, 'project-eval-blind11', 1, 0, true));
});

// A twelfth outside set (20 projects, 84 marks: a payments gateway, an inventory sync (package.json
// script), a realtime dashboard, TypeORM/pg/mysql2, a mailer, an edge proxy (Dockerfile), IoT
// brokers (kafkajs, MQTT.js, NATS), Kubernetes deploy files, Electron, e2e browsers, AWS Lambda,
// node-redis/ioredis, a devtools CLI, search, a gRPC mesh, TLS profiles, a legacy monolith, a
// tsconfig-paths monorepo, batch transfers, env bootstrap), written and scored on main at the start
// of session 13 (2026-12-07, 03:17 UTC): first run 80/84 with 3 false positives (4 findings); two
// marks moved by the tester (its own slip in package.json; a TypeORM verifyIdentity to the call that
// connects), one mark and one decoy made debatable (project-eval-blind12.NOTES.md, DECOYS.md).
// Fixed the same morning: node-redis to a redis:// url with socket.tls false (12), gRPC's
// createInsecure to `process.env.X ?? ''` (15), a deployment comparison through
// `env = process.env.NODE_ENV ?? 'development'` in another file (07). Scored as blind8.
describe('project model evaluation set written from the outside, twelfth round', () => {
  it('finds all 83 with no false positive', () => assertBlind(BLIND12, 'project-eval-blind12', 1, 0, true));
});

// A fourteenth outside set (20 framework-heavy projects, 76 marks, 125 decoys: NestJS, Fastify,
// Next.js, Nuxt, serverless, Strapi, Keystone, Temporal, BullMQ, a monorepo, MongoDB, search,
// messaging, mail, directory sync, SOAP, cloud adapters, e2e, Electron, an edge proxy), written and
// scored on main (addc5e9) during session 13: first run 71/76 strictly (72 via related) with 2 false
// positives; 73/76 after two marks the tester moved to where the pages put them
// (project-eval-blind14.NOTES.md; the two marks moved in the fixture's files as its key moved them;
// the decoys' "# Debatable" heading made "## Debatable" as the scorer reads it). Fixed the same
// morning: got.extend whose resolved options hold an http:// prefixUrl (05), a Prisma URL that is
// `process.env.DATABASE_URL ?? \`…\`` (03), agents made in an exported table and used by an
// importer (03). Left: node-redis `socket.tls: false` beside `url: process.env.REDIS_URL ??
// 'redis://…'` (04: the environment may name rediss://, a defensible finding; the tester agrees). The
// CLI --insecure flag of 10 counts through the makeAgent(true) finding's related place.
describe('project model evaluation set written from the outside, fourteenth round', () => {
  it('finds all 76 with at most 1 false positive', () => assertBlind(BLIND14, 'project-eval-blind14', 1, 1, true));
});

// A fifteenth outside set (20 everyday product projects, 78 marks, 153 decoys: SDK wrappers with
// custom agents, proxy agents, webhooks, CLIs with --insecure flags, Kubernetes/Docker/Vault clients,
// test utilities beside production code, zod/convict env schemas, barrels and path aliases), written
// and scored on main at the start of session 14 (06eb759): first run 71/78 (91.0 %) with 1 false
// positive; 73/78 after two marks the tester moved to where the pages put them (an insecure default
// reported at the option that reads it; TypeORM's verifyIdentity at the call that connects), moved in
// the fixture's files as its key moved them (project-eval-blind15.NOTES.md, DECOYS.md). Fixed the
// same morning: a --trace-tls spawn in the else of an argv opt-in test (11), a const options object
// handed only to a jest stand-in and its matcher (18, the false positive), a table entry read out by
// a parameter and handed on (03), a tsconfig `paths` import written with NodeNext's `.js` (10: the
// problem is then reported at the helper's options, as an opt-in, not at the table line the key
// marks; the lead listed those two lines as debatable). Session 15: a CommonJS `module.exports =
// Object.freeze({…})` required whole and copied into process.env in another file (11), and a
// deployment comparison behind a zod schema's parse of process.env (12): 77/78. Left: the table line of 10.
describe('project model evaluation set written from the outside, fifteenth round', () => {
  it('finds at least 98 % with no false positive', () => assertBlind(BLIND15, 'project-eval-blind15', 0.98, 0, true));
});

// A sixteenth outside set (20 backend projects, 75 marks, 142 decoys: NestJS, Knex/Sequelize/Prisma
// configs, BullMQ, Kafka, AMQP, MQTT, Lambda, GraphQL gateways, Fastify, MongoDB, mssql, mail through
// base classes, ldapjs settings tables, a workspace monorepo with `paths`, Electron, deploy tooling,
// gRPC), written and scored on main at the start of session 15 (27b823c): first run 63/75 (84.0 %)
// with 3 findings on decoy lines, one of them the tester's key error (a createInsecure() whose target
// falls back to a known remote host: made debatable); 67/75 after four marks the tester moved to where
// the pages put them, moved in the fixture's files as its key moved them (project-eval-blind16.NOTES.md,
// DECOYS.md). Fixed the same morning: settings-table entries whose own connection speaks no TLS (a
// sqlite dialect, an ldap:// url beside StartTLS's own options, a plain `mqttUrl`: the two false
// positives and a debatable line), a Prisma URL whose query a hole fills from a table (04, both marks),
// nodemailer built in a base class's constructor from what a subclass's super(…) passes (15, both),
// the rest of a destructured options object handed to a helper (17, both), `!subgraph.selfSigned`
// under `if (subgraph.selfSigned)` (10: reported at the option, which the lead listed as debatable;
// the table line it marks is reached through a Map), a Helm chart's template (19). Left: the table line
// of 10.
describe('project model evaluation set written from the outside, sixteenth round', () => {
  it('finds at least 98 % with no false positive', () => assertBlind(BLIND16, 'project-eval-blind16', 0.986, 0, true));
});

// A seventeenth outside set (20 full-stack web projects and developer tooling, 75 marks, 148 decoys:
// Next.js, Remix, Nuxt, SvelteKit, Astro, tRPC, Socket.IO, Express/Koa proxies, an Nx monorepo with
// `paths`, Playwright/Selenium/Cypress, Storybook/webpack, OIDC, webhooks, Electron, a CLI, queues,
// Lambda), written and scored during session 15 on the lead's build after the blind16 fixes
// (460d34c): first run 73/75 (97.3 %) with 1 false positive, no mark moved (project-eval-blind17.NOTES.md).
// Fixed the same morning: a name searched through every `export *` of a barrel, not only the first
// (09), what follows an early return on an opt-out (`if (process.env.NO_TELEMETRY) return;`) runs by
// default (16), a negated setting holding a comparison of a switch of its own is an explicit choice (07).
describe('project model evaluation set written from the outside, seventeenth round', () => {
  it('finds all 75 with no false positive', () => assertBlind(BLIND17, 'project-eval-blind17', 1, 0, true));
});

// An eighteenth outside set (20 integration-heavy TypeScript services with classes and dependency
// injection, 80 marks, 142 decoys: third-party API clients with agent pools, database and cache
// connection managers, brokers, mail, LDAP, FTP, gRPC, WebSocket, proxies, node-config/convict/env-var
// config layers), written and scored during session 15 on the lead's build after the blind17 fixes:
// first run 78/80 (97.5 %) with 4 findings on decoy lines (one the tester's key error, made debatable)
// and 3 elsewhere; 79/80 after the tester moved one mark (project-eval-blind18.NOTES.md).
// Fixed the same morning: a sink of a base class's method judged with the subclass's own URL
// (`amqp.connect(this.url, …)` with `url = 'amqp://…'`, 03), options handed with a list of http://
// nodes through a name (05), a command-line opt-in passed through two files reported once at the
// option, its condition said in the option's own words (09: two copies with garbled conditions).
// a private helper's ignoreTLS whose only caller passes a local mail catcher (04: the private
// method is evaluated for each `this.helper(…)` call and judged by them). Left: node-config's
// default.json read with config.get (18).
describe('project model evaluation set written from the outside, eighteenth round', () => {
  it('finds at least 98 % with no false positive', () => assertBlind(BLIND18, 'project-eval-blind18', 0.98, 0, true));
});

// A nineteenth outside set (20 infrastructure and DevOps projects in JavaScript and TypeScript, 83
// marks, 127 decoys: CLIs with --insecure flags, workspace monorepos, Vault/Consul/Docker/Kubernetes/
// etcd/InfluxDB/Cassandra/Neo4j clients, MQTT/NATS for IoT, log shippers, OpenTelemetry exporters,
// webhook relays, serverless handlers, Deno and Bun scripts, QA browsers, CI files), written and
// scored at session 16's start on main (330bd94): first run 76/83 (91.6 %) with 3 false positives;
// 77/83 after the tester moved one mark (project-eval-blind19.NOTES.md).
// Fixed the same morning: a test double configured by its chain (`jest.fn().mockResolvedValue(…)`,
// 01), a profiles-table entry naming a plain MQTT protocol spread into mqtt.connect (04), a
// knexfile's sqlite entry handed on as knex(knexfile[env]) (09, and the mysql2 entry reported once),
// a helper given a table's entry (`agentFor(ENVIRONMENTS[name])`, 02), a PowerShell assignment with a
// trailing comment (14); then 83/83: a CommonJS config entry passed to a class of another file
// (05), a template connection string of an exported object (15), mssql options of each table entry
// (20). The one unmatched finding, 09's scripts/migrate.js:8, is the knexfile entry's missing
// verifyIdentity reported at the call that connects, where the rule page puts it (the tester's
// NOTES say so); the key marks the entry, which is reported too (the knexfile is linted alone).
describe('project model evaluation set written from the outside, nineteenth round', () => {
  it('finds all 83 with 1 unmatched finding (the same problem at the call the page names)', () => assertBlind(BLIND19, 'project-eval-blind19', 1, 1, true));
});

// A twentieth outside set (20 product backends grown over years: Express/Fastify/Koa/Hapi, GraphQL
// gateways, SOAP and REST integrations, bull/agenda jobs, SFTP/FTP, nodemailer pools, search and
// analytics clients, telemetry SDKs, legacy prototype code beside TypeScript; 75 marks, 141
// decoys), written and scored during session 16 on the lead's build after the blind19 fixes
// (61540dd): first run 73/75 (97.3 %) with 3 findings on decoy lines (one the tester's key error,
// made debatable); 74/75 with 2 after the tester's one move (project-eval-blind20.NOTES.md).
// Fixed the same day: every unsafe entry of a table an option reads by an unknown key, each where
// it is written, and not an entry whose own URL is http:// (04: only the first was seen, the local
// one); a helper's `!opts.insecure` whose callers pass comparisons of their own switches (01).
describe('project model evaluation set written from the outside, twentieth round', () => {
  it('finds all 75 with no false positive', () => assertBlind(BLIND20, 'project-eval-blind20', 1, 0, true));
});

// A twenty-first outside set (20 open-source style packages and the apps around them: a SaaS SDK,
// a GitHub Action, bots, scrapers, session stores, Next.js, Nest, an Nx-style monorepo, CLIs, dev
// proxies; 80 marks, 133 decoys), written and scored during session 16 on the lead's build after
// the blind20 fixes (1388d57): first run 71/80 (88.8 %) with 2 findings on decoy lines; 75/80
// after the tester's four moves (project-eval-blind21.NOTES.md).
// Fixed the same day: ws to a template URL whose ws:// scheme is written out (04), a local https
// double that hands its options back through Promise.resolve (18), a connection string one key down
// an exported config object (06), an Nx workspace's tsconfig.base.json `paths` (10, two), a command
// line chosen by a flag before execSync (11). Left: 20's Dockerfile `DEFAULT:RC4-SHA` (quiet on
// purpose: OpenSSL's DEFAULT deletes RC4 for good, the later RC4-SHA adds nothing; the tester's
// mark stands).
describe('project model evaluation set written from the outside, twenty-first round', () => {
  it('finds at least 98 % with no false positive', () => assertBlind(BLIND21, 'project-eval-blind21', 0.98, 0, true));
});

// A twenty-second outside set (20 enterprise and regulated-industry projects: partner APIs with
// mutual TLS and pinned checkServerIdentity, FHIR/HL7 clients, a payment SDK behind barrels, SOAP,
// LDAP/AD auth, FTPS batch jobs, brokers, Redis, per-tenant pools, monitoring agents, Electron,
// browsers, migrations, Jest tests; 78 marks, 124 decoys), written and scored during session 17 on
// main at the start (1c90f90): first run 73/78 (93.6 %) with 2 findings on decoy lines; 74/78
// after the tester's one move (project-eval-blind22.NOTES.md).
// Fixed the same day: a dev server's HTTPS listener options (15), a verify proc accepting Chromium's
// own result (11), an environment fallback's connection string in an exported object (19), ldapjs
// starttls() with an ldap:// table entry's options (04), a class built per table entry through
// Object.entries comparing the entry's switch (14). Left: 10's table entry `insecure: true` reported
// at the helper's `!target.insecure` (the tester's move; the mark stays). Session 18: 04's server list
// without SNI in one entry of a table, reported at the call with the entry's URL related.
describe('project model evaluation set written from the outside, twenty-second round', () => {
  it('finds at least 98 % with at most 1 unmatched finding', () => assertBlind(BLIND22, 'project-eval-blind22', 0.98, 1, true));
});

// A twenty-third outside set (20 startup TypeScript monorepos and modern runtimes: pnpm workspaces
// sharing a config package, JSON and node-config files, tRPC/Fastify, BullMQ/ioredis, Prisma and
// Drizzle URLs, serverless handlers, Bun and Deno, undici dispatchers, OpenTelemetry, Playwright;
// 84 marks, 130 decoys), written and scored during session 17 on the lead's build after the blind22
// fixes (4ef4a80): first run 79/84 (94.0 %) with 3 false alarms (one on a decoy line); 80/84 after
// the tester's one move (project-eval-blind23.NOTES.md).
// Fixed the same day: an app's `tlsInsecure` beside a redis:// URL (03), ProxyAgent's proxyTls from
// another file with an http:// proxy (06), node-config's default overridden by one deployment's
// file (17: reported "when NODE_ENV is not 'development'"), a proxy table read through
// Object.entries (20). 07's OpenTelemetry gRPC exporter and 02's Prisma URL through .replace() are
// found since; session 18: 03's helper `!insecure` whose only true comes with a redis:// entry is
// evaluated for each entry (correlated arguments, `url.startsWith('rediss://')` decided): quiet.
describe('project model evaluation set written from the outside, twenty-third round', () => {
  it('finds all 84 with no false positive', () => assertBlind(BLIND23, 'project-eval-blind23', 1, 0, true));
});

// A twenty-fourth outside set (20 media, gaming, e-commerce and IoT services: game servers, a video
// transcoder, payments, carts, an IoT gateway, POS printers on IP addresses, CLIs, cron jobs, a
// GraphQL gateway, legacy Express 3 and prototype-style code; 76 marks, 130 decoys), written and
// scored during session 17 on the lead's build 7f0b2a6: first run 69/76 (90.8 %) with no decoy
// reported and 1 false alarm elsewhere; 72/76 after the tester's three moves, two of them applied
// here (the page's placement of an imported constant and of a keylog listener;
// project-eval-blind24.NOTES.md).
// Fixed the same day: options given keys the file does not spell (06's `opts[k] = extra[k]`) may
// hold servername; 15's Prisma URL through `?? DEFAULT_URL` and `.replace()`, and a pg template
// filled from a table by a helper called with each key. Left: 09's `allowSelfSigned !== true`
// through a graphql gateway's table and a class's parameter property; 02 is reported at the helper's
// option (the tester's third move, not applied here: the mark stays at the entry). Session 18: 17's
// ldapjs server list in one entry of a table, at the call with the entry's URL related.
describe('project model evaluation set written from the outside, twenty-fourth round', () => {
  it('finds at least 97 % with at most 1 unmatched finding', () => assertBlind(BLIND24, 'project-eval-blind24', 0.97, 1, true));
});

// A twenty-fifth outside set (20 public-sector, logistics and travel projects: booking engines with
// client certificates, carrier integrations, customs gateways with pinned CAs, queue consumers,
// SFTP/FTPS exports, admin portals with LDAP/OIDC, PDF services, API gateways, YAML/JSON config, a
// monorepo's shared http package; 78 marks, 136 decoys), written and scored during session 17 on the
// lead's build 063c317: first run 75/78 (96.2 %) with 1 false positive; 77/78 after the tester's two
// moves (a missing verifyIdentity reported at the call that connects, as the page says), applied here.
// Fixed the same day: a knexfile's better-sqlite3 entry whose connection is cast (`{ … } as any`).
// Left: 05's basic-ftp entry of a table handed to a helper in the else of a check on the entry's kind.
describe('project model evaluation set written from the outside, twenty-fifth round', () => {
  it('finds at least 98 % with at most 1 unmatched finding', () => assertBlind(BLIND25, 'project-eval-blind25', 0.98, 1, true));
});

// A twenty-sixth outside set (20 developer-tooling and platform projects: CLIs for Vault,
// Kubernetes, Consul/Nomad, GitLab/Jenkins and registries, .npmrc/.yarnrc.yml, CI/compose/Helm
// YAML, Dockerfiles, self-signed test harnesses, an mTLS sidecar, log shippers; 81 marks, 127
// decoys), written and scored during session 17 on the lead's build 921dd541: first run 75/81
// (92.6 %, 74 on the marked line) with 1 false positive; 78/81 after the tester's three moves,
// applied here (a missing verifyIdentity at the call that connects, a table's value where it is
// written, a joined cipher list at the option).
// Fixed the same day: Vite's programmatic createServer given its own HTTPS listener options (09).
// Left: 19's joined cipher list reported once (the DES-CBC3-SHA), not for each weak element.
// Session 18: 16's node-libcurl verifyHost through an imported helper (curly is a sink now).
describe('project model evaluation set written from the outside, twenty-sixth round', () => {
  it('finds at least 97 % with no false positive', () => assertBlind(BLIND26, 'project-eval-blind26', 0.97, 0, true));
});

// A twenty-seventh outside set (20 fintech and healthtech products of small teams: Express/Koa/Hapi
// APIs, ORMs with per-environment configs, payment and messaging API clients with custom agents,
// bull/agenda/cron workers fetching partner files over FTPS and HTTPS, nodemailer and IMAP, Electron
// shells, Jest/Mocha mocks; 74 marks, 140 decoys), written and scored during session 17 on the lead's
// build 921dd541: first run 71/74 (95.9 %) with no false positive; 74/74 after the tester's three
// moves, applied here (a negated table switch reported at the option that reads it, naming the key;
// a missing verifyIdentity at the call that connects).
describe('project model evaluation set written from the outside, twenty-seventh round', () => {
  it('finds all 74 with at most 2 unmatched findings (second reports of real problems)', () => assertBlind(BLIND27, 'project-eval-blind27', 1, 2, true));
});

// A twenty-eighth outside set (20 agency and consultancy code bases: Next.js/Nuxt/Remix back ends,
// NestJS with ConfigService, Hapi/Koa plugins, Apollo/Mercurius gateways over REST and SOAP, MinIO,
// search, ioredis/node-redis, kafkajs/amqplib/NATS/MQTT, pools from URL strings, workspace packages
// through tsconfig paths; 81 marks, 131 decoys), written and scored during session 18 on the lead's
// build eae9cc99: first run 80/81 (98.8 %) with no false positive; 81/81 after the tester's one move
// (Sequelize's missing verifyIdentity at the call that connects, as the page says).
describe('project model evaluation set written from the outside, twenty-eighth round', () => {
  it('finds all 81 with no false positive', () => assertBlind(BLIND28, 'project-eval-blind28', 1, 0, true));
});

// A twenty-ninth outside set (20 SaaS back ends, internal platforms and CLIs written to probe past
// the pages' examples: config loaders merging defaults, class hierarchies with overridden getters,
// builders, closures, Maps, renamed destructuring, async factories, barrels and `export * as`,
// CommonJS writes after `module.exports`; 82 marks, 115 decoys), written and scored during session
// 18 on the lead's build 57bbbea6 (before the fixes below): first run 76/82 (92.7 %) with 2 false
// positives and two rules failing on one file ("overlapping edits"); 78/82 after the tester's two
// moves, applied here. Fixed the same day: the failing rules (15, the safe-settings fix of another
// file's options), a transport subclass's options beside its own ws:// URL getter (03, a false
// alarm), a TLSSocket given a spread of a table's entry (15), an ldapjs server list in one entry
// (14). Fixed in session 19 (81/82): 02's tls.connect spreading a profile of a CommonJS table
// completed by `module.exports.appliance =`, without servername. Left: 12's no-op
// checkServerIdentity through a builder's method, 01's defaults object whose only importer
// overrides the switch (kept reported: an unused re-export in the barrel exports it).
describe('project model evaluation set written from the outside, twenty-ninth round', () => {
  it('finds at least 98 % with at most 1 unmatched finding', () => assertBlind(BLIND29, 'project-eval-blind29', 0.98, 1, true));
});

// A thirtieth outside set (20 e-commerce/marketplace, game back-end, media-pipeline and mobile-BFF
// projects probing past the pages: settings merged over defaults, renamed destructuring defaults
// through re-exports, builders, subclass getters and method overrides, `.map(connect)` over tables;
// 82 marks, 127 decoys), written and scored during session 18 on the lead's build 879b74a5: first run
// 75/82 (91.5 %) with no false positive; 77/82 after the tester's two moves, applied here (a merged
// setting and a renamed default reported where the option reads them). Fixed in session 19 (81/82):
// a subclass getter returning false read by the base class through its helper method (03),
// Puppeteer's ignoreHTTPSErrors on an argv flag (10), a Chrome flag array a function of another
// file returns under a condition (10), an ldap:// entry with startTls through `.map(connect)` (16).
// Left: a builder's allowSelfSigned(true) (18).
describe('project model evaluation set written from the outside, thirtieth round', () => {
  it('finds at least 98 % with no false positive', () => assertBlind(BLIND30, 'project-eval-blind30', 0.98, 0, true));
});

// A thirty-first outside set (20 B2B SaaS and internal-platform projects probing past the pages:
// billing, payroll, ClickHouse ingest, webhook relays, feature flags, SSO/LDAP, mail and SMS
// gateways, PDF renderers, admin CLIs, bank file transfer, project files; 91 marks, 88 decoys, 7
// debatable lines), written and scored during session 19 on main at the session's start (57ac6d9c):
// first run 88/91 (96.7 %, 87 on the finding's own line) with no finding on a decoy; the tester's
// one move (a joined cipher list reported at the option) is applied here. The two misses were
// places: gRPC credentials made in a variable's declaration and a basic-ftp table entry's
// `secure: false`, both now reported where they are written.
describe('project model evaluation set written from the outside, thirty-first round', () => {
  it('finds every mark with no false positive', () => assertBlind(BLIND31, 'project-eval-blind31', 1, 0, true));
});

// A thirty-second (20 healthcare, exchange/wallet, IoT fleet, live-ops, headless CMS, logistics,
// LLM-gateway, log-shipper, university and campus-IoT projects; 93 marks after the tester's one
// correction, 84 decoys, 2 debatable lines), written and scored during session 19 on the lead's
// build after the js-recall merge (4dc03142): first run 92/92 on the finding's own line, one false
// alarm (a `jest.fn()` double imported from @jest/globals, now quiet).
describe('project model evaluation set written from the outside, thirty-second round', () => {
  it('finds every mark with no false positive', () => assertBlind(BLIND32, 'project-eval-blind32', 1, 0, true));
});

// A thirteenth outside set (20 projects, 85 marks, 123 decoys, 22 debatable lines: payments,
// inventory, realtime, orders DB, notifier, CI tooling, desktop, e2e, IoT, search, a scanner
// gateway, cache, reporting DB, storefront, a crawler, directory, an ACME CLI, catalog API, API
// gateway, platform infra files), written during session 13 and scored only after the morning's
// merges (GO at 04:37 UTC on 7ca2e31): first run 83/85 (97.6 %) with no false positive, every
// finding on a marked line (project-eval-blind13.NOTES.md). Since: a conditional on a call's
// result (`existsSync(CA_PATH) ? { ca } : { rejectUnauthorized: false }`, 10) reports its unsafe
// branch; a factory renamed by a barrel (`export { makeDispatcher as createDispatcher } from
// './dispatcher'`, 17) is followed to the call that passes `true`: 85/85.
describe('project model evaluation set written from the outside, thirteenth round', () => {
  it('finds all 85 with no false positive', () => assertBlind(BLIND13, 'project-eval-blind13', 1, 0, true));
});
