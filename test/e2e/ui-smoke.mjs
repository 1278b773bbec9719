// UI smoke test of the packaged extension: installs tlslint.vsix into code-server and drives the
// real workbench in chromium with the keyboard, as a user would. The workbench loads, src/db.js
// shows squiggles and the Problems count, Ctrl+. offers tlslint's fix, applying it and saving
// changes the file on disk. Screenshots go to .e2e/artifacts/.
// Usage: node test/e2e/ui-smoke.mjs [path/to/tlslint.vsix]   (after scripts/e2e-setup.mjs; without
// a path it runs `npm run package` in a staging folder first)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { installExtension, launchChromium, startCodeServer } from './lib/code-server.mjs';
import { ARTIFACTS_DIR, isMain, keepArtifacts } from './lib/env.mjs';
import { packageVsix } from './lib/package-vsix.mjs';
import { poll, seconds } from './lib/proc.mjs';
import { cliReport, makeRunDir } from './lib/workspace.mjs';

const FILE = 'src/db.js';
const FIX = 'Remove tlsAllowInvalidCertificates: true (verify certificates)';
const INSECURE_LINE = '  tlsAllowInvalidCertificates: true,\n';
const SABOTAGE = process.env.TLSLINT_E2E_SABOTAGE === '1';

/** "Errors: 3, Warnings: 1"-style label of the status bar's problems item, as numbers. */
function parseProblems(label) {
  const count = (word) => Number(new RegExp(`${word}s?:?\\s*(\\d+)|(\\d+)\\s*${word}`, 'i').exec(label ?? '')?.slice(1).find(Boolean) ?? NaN);
  return { errors: count('error'), warnings: count('warning') };
}

/** Presses `key` until `effect()` resolves true (up to `attempts` times), pressing `undo` between tries. */
async function pressUntil(page, key, what, effect, undo, attempts = 5) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.keyboard.press(key);
    if (await effect()) return;
    console.log(`  (${key} pressed, ${what} did not follow; attempt ${attempt})`);
    if (undo) await page.keyboard.press(undo);
  }
  assert.fail(`pressing ${key} ${attempts} times did not bring ${what}`);
}

export async function uiSmoke(vsix) {
  const t0 = Date.now();
  const lap = (msg) => console.log(`  [${seconds(Date.now() - t0)}] ${msg}`);
  assert.ok(vsix && existsSync(vsix), `the packaged extension exists: ${vsix}`);
  const { dir, ws } = makeRunDir('ui-smoke');
  const file = path.join(ws, FILE);
  const original = readFileSync(file, 'utf8');
  assert.equal(original.split(INSECURE_LINE).length, 2, `${FILE} holds ${JSON.stringify(INSECURE_LINE)} once`);
  const expected = original.replace(INSECURE_LINE, '');
  const findings = cliReport([FILE], ws)[0].findings;
  const want = { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
  // VS Code's npm extension opens package.json in the background, at a time of its own, and
  // tlslint reports its scripts: the status bar may count them too.
  const pkg = cliReport(['package.json'], ws)[0]?.findings ?? [];
  const extra = { errors: pkg.filter((f) => f.severity === 'error').length, warnings: pkg.filter((f) => f.severity === 'warning').length };
  const either = (p, w) => [w, { errors: w.errors + extra.errors, warnings: w.warnings + extra.warnings }].some((x) => p.errors === x.errors && p.warnings === x.warnings);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const shot = (name) => path.join(ARTIFACTS_DIR, `ui-smoke-${name}.png`);

  lap(await installExtension(dir, vsix));
  const installed = readdirSync(path.join(dir, 'code-server', 'extensions')).filter((d) => d.startsWith('tlslint.tlslint-'));
  assert.equal(installed.length, 1, 'tlslint is the one installed extension');
  const server = await startCodeServer(dir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let ok = false;
  try {
    const problemsLabel = () => page.locator('#status\\.problems').getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    lap('workbench loaded');

    // Quick Open (Ctrl+P), as a user opens a file.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
    await page.keyboard.type(FILE);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-group-container .monaco-editor .view-lines', { timeout: 20_000 });
    lap(`${FILE} opened`);

    await page.waitForSelector('.editor-group-container .monaco-editor .squiggly-error', { timeout: 60_000 });
    lap('squiggles rendered');
    await poll(`the status bar to count ${JSON.stringify(want)} (plus package.json's ${JSON.stringify(extra)})`, async () => {
      const p = parseProblems(await problemsLabel());
      return either(p, want) ? p : undefined;
    }, { timeoutMs: 30_000 }).catch(async (err) => assert.fail(`${err.message}; label: ${await problemsLabel()}`));
    lap(`status bar: ${await problemsLabel()}`);

    // Cursor onto the finding (Ctrl+G line:column), then the quick-fix menu (Ctrl+.). A key
    // pressed while focus moves between widgets can be lost, so each step waits for its effect
    // and presses again if it did not come (logged).
    const line = original.slice(0, original.indexOf(INSECURE_LINE)).split('\n').length;
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
    await page.keyboard.type(`${line}:3`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col 3` }).first().waitFor({ timeout: 10_000 });
    const rows = page.locator('.action-widget .monaco-list-row');
    const fixRow = rows.filter({ hasText: FIX }).first();
    await pressUntil(page, 'Control+.', `the quick-fix menu to offer "${FIX}"`, () => fixRow.waitFor({ timeout: 5000 }).then(() => true, () => false), 'Escape');
    const offered = (await rows.allTextContents()).map((t) => t.trim());
    await page.screenshot({ path: shot('quick-fix-menu') });
    lap(`quick-fix menu: ${offered.join(' | ')}`);
    assert.ok(offered.some((t) => t.includes('Disable no-unverified-certificate for this line')), 'the menu offers the disable comment');

    // Pick it with the keyboard (a pointer-block overlay can swallow clicks on the menu).
    for (let i = 0; i < offered.length + 2; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').textContent().catch(() => '');
      if (focused?.includes(FIX)) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.ok((await page.locator('.action-widget .monaco-list-row.focused').textContent())?.includes(FIX), `"${FIX}" is focused`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.action-widget .monaco-list-row', { state: 'detached', timeout: 10_000 }).catch(() => {});
    await poll('the editor to show the fix', async () => !(await page.locator('.editor-group-container .monaco-editor .view-lines').innerText()).includes('tlsAllowInvalidCertificates'), { timeoutMs: 10_000 });
    await pressUntil(page, 'Control+S', `${FILE} on disk to change`, () => poll('the save', () => readFileSync(file, 'utf8') !== original, { timeoutMs: 5000 }).then(() => true, () => false));
    const actual = readFileSync(file, 'utf8');
    assert.notEqual(actual, original, 'negative control: the file changed');
    assert.equal(actual, SABOTAGE ? original : expected, `${FILE} on disk after the quick fix`);
    lap('file on disk changed by the quick fix');

    await poll('the status bar to count one error less', async () => {
      const p = parseProblems(await problemsLabel());
      return either(p, { errors: want.errors - 1, warnings: want.warnings });
    }, { timeoutMs: 30_000 }).catch(async (err) => assert.fail(`${err.message}; label: ${await problemsLabel()}`));
    await page.screenshot({ path: shot('after-fix') });
    lap(`status bar: ${await problemsLabel()}`);
    ok = true;
  } catch (err) {
    console.error(`  UI smoke test failed: ${err.stack ?? err}`);
    await page.screenshot({ path: shot('failure') }).catch(() => {});
    // What the Problems panel holds (rule, message, line:column of each marker), for the log.
    await page.keyboard.press('Control+Shift+M').catch(() => {});
    const markers = await page.locator('.markers-panel .monaco-list-row').allTextContents().catch(() => []);
    console.error(`  Problems panel: ${markers.length > 0 ? markers.map((m) => `\n    ${m.trim()}`).join('') : '(nothing read)'}`);
    await page.screenshot({ path: shot('failure-problems') }).catch(() => {});
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`  screenshots: ${ARTIFACTS_DIR}/ui-smoke-*.png; ${seconds(Date.now() - t0)} in all`);
  if (ok) {
    rmSync(dir, { recursive: true, force: true });
  } else {
    console.log(`  logs and workspace kept in ${keepArtifacts(dir)}`);
  }
  return ok;
}

if (isMain(import.meta)) {
  // Without an argument: package one first, as `npm run package` does.
  const given = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const vsix = given ?? (await packageVsix());
  uiSmoke(vsix)
    .finally(() => given || rmSync(path.dirname(vsix), { recursive: true, force: true }))
    .then(
      (ok) => process.exit(ok ? 0 : 1),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
}
