// What the UI smoke test reads off and does in code-server's workbench, through chromium: the
// status bar's counts, the command palette, quick picks, notifications and webviews. Every action
// waits for its effect, because a key pressed while focus moves between widgets can be lost.
import assert from 'node:assert/strict';
import { poll } from './proc.mjs';

/** The status bar item of the extension (VS Code prefixes its id with the extension's). */
export const TLSLINT_STATUS = '#tlslint\\.tlslint\\.tlslint\\.status';

/** "Errors: 3, Warnings: 1, Infos: 2" (the Problems item's label; zero counts are left out) as numbers. */
export function parseProblems(label) {
  const count = (word) => Number(new RegExp(`${word}s?:\\s*([\\d,]+)`, 'i').exec(label ?? '')?.[1]?.replaceAll(',', '') ?? 0);
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export async function problemsCounts(page) {
  const label = await page.locator('#status\\.problems').getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
  return { label, ...parseProblems(label) };
}

/** The count the tlslint status item shows ("tlslint 6,001"), or NaN when it shows none. */
export async function statusCount(page) {
  const text = (await page.locator(TLSLINT_STATUS).textContent({ timeout: 2000 }).catch(() => '')) ?? '';
  const m = /tlslint ([\d,]+)/.exec(text);
  return { text: text.trim(), count: m ? Number(m[1].replaceAll(',', '')) : NaN };
}

/**
 * Waits until the tlslint status item shows exactly what the Problems item counts (every problem
 * in the test workspace is tlslint's), and both stay so for a moment; returns the count.
 */
export async function statusMatchesProblems(page, what, { timeoutMs = 60_000 } = {}) {
  let last = '';
  let since = 0;
  let previous;
  return poll(`the tlslint status count to equal the Problems count ${what}`, async () => {
    const p = await problemsCounts(page);
    const s = await statusCount(page);
    const total = p.errors + p.warnings + p.infos;
    last = `status "${s.text}", Problems "${p.label}"`;
    const now = `${s.count}/${total}`;
    if (s.count !== total || now !== previous) {
      previous = now;
      since = Date.now();
      return undefined;
    }
    return Date.now() - since >= 500 ? { count: s.count, text: s.text, problems: p } : undefined;
  }, { timeoutMs, everyMs: 100 }).catch((err) => assert.fail(`${err.message}; last: ${last}`));
}

/** Presses `key` until `effect()` resolves true (up to `attempts` times), pressing `undo` between tries. */
export async function pressUntil(page, key, what, effect, undo, attempts = 5) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.keyboard.press(key);
    if (await effect()) return;
    console.log(`  (${key} pressed, ${what} did not follow; attempt ${attempt})`);
    if (undo) await page.keyboard.press(undo);
  }
  assert.fail(`pressing ${key} ${attempts} times did not bring ${what}`);
}

const visible = (locator, timeout) => locator.waitFor({ state: 'visible', timeout }).then(() => true, () => false);

/** Runs a palette command by its full title ("tlslint: Scan Workspace"), as a user would with F1. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await pressUntil(page, 'F1', 'the command palette', () => visible(input, 5000), 'Escape');
  await input.fill(`>${title}`);
  await pickFocused(page, title);
}

/** In an open quick pick, moves the focus to the row holding `label` and chooses it with Enter. */
export async function pickFocused(page, label) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 20_000 });
  for (let i = 0; i < 20; i++) {
    const focused = await page.locator('.quick-input-list .monaco-list-row.focused').textContent({ timeout: 2000 }).catch(() => '');
    if (focused?.includes(label)) break;
    await page.keyboard.press('ArrowDown');
  }
  assert.ok((await page.locator('.quick-input-list .monaco-list-row.focused').textContent())?.includes(label), `"${label}" is focused`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/** The notification toast whose text matches `pattern`, once it shows. */
export async function toast(page, pattern, timeoutMs = 60_000) {
  const t = page.locator('.notification-toast', { hasText: pattern }).first();
  await t.waitFor({ state: 'visible', timeout: timeoutMs });
  return t;
}

/** Closes every notification toast (they would cover the next screenshot). */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
}

/** The frame (a webview's inner document) whose body contains `text`. */
export async function frameWithText(page, text, timeoutMs = 30_000) {
  return poll(`a webview showing ${JSON.stringify(text)}`, async () => {
    for (const frame of page.frames()) {
      const body = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
      if (body.includes(text)) return { frame, body };
    }
    return undefined;
  }, { timeoutMs, everyMs: 250 });
}
