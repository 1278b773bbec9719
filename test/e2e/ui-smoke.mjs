// UI smoke test of the packaged extension: installs tlslint.vsix into code-server and drives the
// real workbench in chromium with the keyboard and the mouse, as a user would, with every request
// that leaves the machine blocked (the rule pages must come from the vsix). It checks:
//   src/db.js shows squiggles and the Problems count, and the tlslint status item counts the same;
//   the hover on a finding says why its rule matters, and its link opens the bundled rule page;
//   Ctrl+. offers the fixes, "Disable … for the entire file" and "Show documentation"; the fix is
//   applied, saved to disk, and the status count follows the Problems count;
//   the status item's menu starts a scan that shows a cancellable notification; cancelled, then
//   complete, then cleared, the status count equals the Problems count each time.
// Screenshots go to .e2e/artifacts/ (images/ holds copies of them for the READMEs).
// Usage: node test/e2e/ui-smoke.mjs [path/to/tlslint.vsix]   (after scripts/e2e-setup.mjs; without
// a path it runs `npm run package` in a staging folder first)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installExtension, launchChromium, startCodeServer } from './lib/code-server.mjs';
import { ARTIFACTS_DIR, ROOT, isMain, keepArtifacts } from './lib/env.mjs';
import { packageVsix } from './lib/package-vsix.mjs';
import { poll, seconds } from './lib/proc.mjs';
import { clearNotifications, frameWithText, pickFocused, pressUntil, problemsCounts, runCommand, statusCount, statusMatchesProblems, toast, TLSLINT_STATUS } from './lib/workbench.mjs';
import { cliReport, makeRunDir } from './lib/workspace.mjs';

const FILE = 'src/db.js';
const RULE = 'no-unverified-certificate';
const FIX = 'Remove tlsAllowInvalidCertificates: true (verify certificates)';
const INSECURE_LINE = '  tlsAllowInvalidCertificates: true,\n';
const SABOTAGE = process.env.TLSLINT_E2E_SABOTAGE === '1';
/** Files added to the workspace, each with findings: a scan long enough to be cancelled, and thousands of problems. */
const GENERATED = 800;

/** The first sentence of the rule page's "Why it matters" paragraph: what the hover and the page must show. */
function whyStart(ruleId) {
  const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${ruleId}.md`), 'utf8');
  const para = /^## Why it matters\n\n([^]*?)\n\n/m.exec(page)?.[1].replace(/\s+/g, ' ') ?? '';
  return para.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '').slice(0, 40);
}

/**
 * Cancels the scan just started once its notification counts a first file: true when it stopped
 * mid-way ("cancelled after N files", N > 0), false when it ended first.
 */
async function cancelMidScan(page, lap) {
  // The pointer may rest on the status item, whose tooltip would cover the notification.
  await page.mouse.move(700, 300);
  await page.locator('.context-view .hover-contents').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  const progress = await toast(page, /tlslint: scanning the workspace/, 20_000);
  const cancel = progress.locator('.monaco-button', { hasText: 'Cancel' });
  const ended = page.locator('.notification-toast', { hasText: /tlslint scanned [\d,]+ files/ });
  // Mid-scan: some files scanned (the notification counts them), most not.
  const counted = progress.locator('text=/[1-9][\\d,]* of [\\d,]+ files/');
  const state = await poll('the notification to count a file, or the scan to end', async () => ((await counted.isVisible()) ? 'counting' : (await ended.isVisible()) ? 'ended' : undefined), { timeoutMs: 60_000, everyMs: 20 });
  if (state === 'ended') return false;
  const text = (await progress.innerText().catch(() => '')).replace(/\s+/g, ' ');
  if (!(await cancel.click({ timeout: 2000 }).then(() => true, () => false))) return false;
  const outcome = await (await toast(page, /tlslint: scan cancelled after [\d,]+ files?|tlslint scanned [\d,]+ files/)).innerText();
  if (/tlslint scanned/.test(outcome)) return false;
  lap(`scan notification: ${text}`);
  assert.doesNotMatch(outcome, /after 0 files/, 'cancelled mid-scan');
  return true;
}

export async function uiSmoke(vsix) {
  const t0 = Date.now();
  const lap = (msg) => console.log(`  [${seconds(Date.now() - t0)}] ${msg}`);
  assert.ok(vsix && existsSync(vsix), `the packaged extension exists: ${vsix}`);
  const { dir, ws } = makeRunDir('ui-smoke');
  // VS Code's npm extension opens package.json in the background, when it likes, and tlslint would
  // count its scripts' findings in the Problems item this test reads for src/db.js: here they go.
  const manifest = JSON.parse(readFileSync(path.join(ws, 'package.json'), 'utf8'));
  manifest.scripts = { start: manifest.scripts.start };
  writeFileSync(path.join(ws, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const file = path.join(ws, FILE);
  const original = readFileSync(file, 'utf8');
  assert.equal(original.split(INSECURE_LINE).length, 2, `${FILE} holds ${JSON.stringify(INSECURE_LINE)} once`);
  const expected = original.replace(INSECURE_LINE, '');
  const findings = cliReport([FILE], ws)[0].findings;
  const want = { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
  mkdirSync(path.join(ws, 'generated'), { recursive: true });
  for (let i = 0; i < GENERATED; i++) writeFileSync(path.join(ws, 'generated', `store-${i}.js`), original);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const shot = (name) => path.join(ARTIFACTS_DIR, `ui-smoke-${name}.png`);

  lap(await installExtension(dir, vsix));
  const installed = readdirSync(path.join(dir, 'code-server', 'extensions')).filter((d) => d.startsWith('tlslint.tlslint-'));
  assert.equal(installed.length, 1, 'tlslint is the one installed extension');
  const server = await startCodeServer(dir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Offline: whatever the workbench asks of the internet fails, as it would on a plane.
  const blocked = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => (blocked.push(route.request().url()), route.abort()));
  const page = await context.newPage();
  let ok = false;
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    lap('workbench loaded');

    const openFile = async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await pressUntil(page, 'Control+P', 'Quick Open', () => input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false), 'Escape');
      await input.fill(FILE);
      await pickFocused(page, path.basename(FILE));
      await page.waitForSelector('.editor-group-container .monaco-editor .view-lines', { timeout: 20_000 });
    };
    const line = original.slice(0, original.indexOf(INSECURE_LINE)).split('\n').length;
    const goToFinding = async () => {
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await pressUntil(page, 'Control+G', 'Go to Line', () => input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false), 'Escape');
      await page.keyboard.type(`${line}:3`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
      await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col 3` }).first().waitFor({ timeout: 10_000 });
    };

    await openFile();
    await page.waitForSelector('.editor-group-container .monaco-editor .squiggly-error', { timeout: 60_000 });
    const before = await poll(`the Problems item to count ${JSON.stringify(want)}`, async () => {
      const p = await problemsCounts(page);
      return p.errors === want.errors && p.warnings === want.warnings ? p : undefined;
    }, { timeoutMs: 30_000 }).catch(async (err) => assert.fail(`${err.message}; label: ${(await problemsCounts(page)).label}`));
    const opened = await statusMatchesProblems(page, `with ${FILE} open`);
    lap(`${FILE} open: Problems "${before.label}", status "${opened.text}"`);

    // The hover brings the rule's "why" (from the page in the vsix); its link opens the page.
    await goToFinding();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: `tlslint: ${RULE}` }).first();
    await pressUntil(page, 'Control+K', 'the hover', async () => {
      await page.keyboard.press('Control+I');
      return hover.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    }, 'Escape');
    const hoverText = await hover.innerText();
    assert.ok(hoverText.includes(whyStart(RULE)), `the hover says why: ${hoverText}`);
    await page.screenshot({ path: shot('hover') });
    await hover.locator('a', { hasText: `Documentation for ${RULE}` }).click();
    const { frame, body } = await frameWithText(page, 'Why it matters');
    assert.ok(body.includes(whyStart(RULE)), 'the rule page is rendered');
    assert.equal((await frame.locator('h1').first().innerText()).trim(), RULE);
    // The hover stays until the editor is clicked; it would cover the page in the screenshot.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click({ position: { x: 40, y: 700 } });
    await hover.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: shot('rule-page') });
    lap(`the hover's link opened the bundled page of ${RULE} in the Markdown preview`);
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile();

    // Cursor onto the finding, then the quick-fix menu (Ctrl+.).
    await goToFinding();
    const rows = page.locator('.action-widget .monaco-list-row');
    const fixRow = rows.filter({ hasText: FIX }).first();
    await pressUntil(page, 'Control+.', `the quick-fix menu to offer "${FIX}"`, () => fixRow.waitFor({ timeout: 5000 }).then(() => true, () => false), 'Escape');
    const offered = (await rows.allTextContents()).map((t) => t.trim());
    await page.screenshot({ path: shot('quick-fix') });
    lap(`quick-fix menu: ${offered.join(' | ')}`);
    for (const title of [`Disable ${RULE} for this line`, `Disable ${RULE} for the entire file`, `Show documentation for ${RULE}`]) {
      assert.ok(offered.some((t) => t.includes(title)), `the menu offers "${title}"`);
    }
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
    // Not empty: the save truncates the file before it writes it, and a read in between saw '' (a loaded machine).
    const saved = () => {
      const text = readFileSync(file, 'utf8');
      return text !== original && text !== '';
    };
    await pressUntil(page, 'Control+S', `${FILE} on disk to change`, () => poll('the save', saved, { timeoutMs: 5000 }).then(() => true, () => false));
    const actual = readFileSync(file, 'utf8');
    assert.notEqual(actual, original, 'negative control: the file changed');
    assert.equal(actual, SABOTAGE ? original : expected, `${FILE} on disk after the quick fix`);
    const fixed = await statusMatchesProblems(page, 'after the fix');
    assert.equal(fixed.problems.errors, before.errors - 1, 'one error less');
    assert.equal(fixed.count, opened.count - 1);
    lap(`fixed and saved: status "${fixed.text}"`);

    // The status item's menu starts a scan: a notification that can be cancelled.
    await page.locator(TLSLINT_STATUS).click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Restart Server' }).waitFor({ timeout: 10_000 });
    const menu = (await page.locator('.quick-input-list .monaco-list-row').allTextContents()).map((t) => t.trim());
    await page.screenshot({ path: shot('status-menu') });
    for (const item of ['Scan Workspace', 'Clear Workspace Results', 'Show Output', 'Restart Server']) assert.ok(menu.some((m) => m.includes(item)), `the menu offers ${item}: ${menu.join(' | ')}`);
    await pickFocused(page, 'Scan Workspace');
    // A scan that ends before the click lands cannot show cancelling: it is started again from the
    // palette (an unloaded machine scans the workspace in a few seconds), at most three times.
    for (let attempt = 1; ; attempt++) {
      if (await cancelMidScan(page, lap)) break;
      assert.ok(attempt < 3, `a scan cancelled before its end in ${attempt} attempts`);
      lap(`attempt ${attempt}: the scan ended before Cancel took effect; again`);
      await clearNotifications(page);
      await runCommand(page, 'tlslint: Scan Workspace');
    }
    const cancelled = await statusMatchesProblems(page, 'after a cancelled scan');
    lap(`scan cancelled: status "${cancelled.text}"`);

    // The whole scan, with the Problems panel open, from the palette.
    await page.keyboard.press('Control+Shift+M');
    await runCommand(page, 'tlslint: Scan Workspace');
    await toast(page, /tlslint: scanning the workspace/, 20_000);
    // Watched from now on: the summary toast hides itself after a while.
    const ended = toast(page, /tlslint scanned [\d,]+ files/, 120_000);
    await poll('the scan to publish problems', async () => (await statusCount(page)).count > cancelled.count + 100, { timeoutMs: 30_000 }).catch(() => {});
    await page.screenshot({ path: shot('scan') });
    const summary = await (await ended).innerText();
    const scanned = await statusMatchesProblems(page, 'after the scan');
    assert.ok(scanned.count > GENERATED, `every generated file's problems are counted: ${scanned.text}`);
    assert.match(scanned.text, /tlslint \d{1,3}(,\d{3})+$/, 'thousands separators');
    assert.doesNotMatch(summary, /no-unverified-certificate \d|By rule/, 'the summary does not list every rule');
    lap(`scan: ${summary.replace(/\s+/g, ' ')}; status "${scanned.text}"`);

    await page.locator(TLSLINT_STATUS).click();
    await pickFocused(page, 'Clear Workspace Results');
    await page.mouse.move(700, 300);
    const cleared = await statusMatchesProblems(page, 'after Clear');
    assert.equal(cleared.count, fixed.count, 'Clear leaves the open file\'s problems');
    lap(`cleared: status "${cleared.text}"; requests to the internet blocked: ${blocked.length > 0 ? blocked.join(', ') : 'none'}`);
    ok = true;
  } catch (err) {
    console.error(`  UI smoke test failed: ${err.stack ?? err}`);
    await page.screenshot({ path: shot('failure') }).catch(() => {});
    // What the Problems panel holds (rule, message, line:column of each marker), for the log.
    await page.keyboard.press('Control+Shift+M').catch(() => {});
    const markers = await page.locator('.markers-panel .monaco-list-row').allTextContents().catch(() => []);
    console.error(`  Problems panel: ${markers.length > 0 ? markers.slice(0, 20).map((m) => `\n    ${m.trim()}`).join('') : '(nothing read)'}`);
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
