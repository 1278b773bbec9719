// Browser switches and capabilities that turn certificate checks off (TLS-FACTS 7.2): Chromium's
// `--ignore-certificate-errors` in Puppeteer/Playwright `args`, ChromeDriver's `goog:chromeOptions`
// args (where the dashes are optional: capabilities.cc SetUnparsedSwitch), Selenium's
// addArguments, and Electron's `app.commandLine.appendSwitch` (which takes the name without dashes).

/** Chromium switches that accept bad certificates; `local` ones only from localhost. */
export const CERTIFICATE_SWITCHES: readonly { name: string; local: boolean }[] = [
  { name: 'ignore-certificate-errors', local: false },
  { name: 'allow-insecure-localhost', local: true },
];

/** Option keys that hold a browser's command-line arguments (Karma's custom launchers: `flags`). */
export const SWITCH_LIST_KEYS: ReadonlySet<string> = new Set(['args', 'flags']);

/** Capability objects whose `args` ChromeDriver reads, and the tool the message names. */
export const CHROMEDRIVER_OPTION_KEYS: ReadonlySet<string> = new Set(['goog:chromeOptions', 'ms:edgeOptions', 'chromeOptions']);

/** Methods that take switches as arguments, and how they spell them. */
export const SWITCH_METHODS: readonly { method: string; owner: string; dashes: 'required' | 'optional' | 'none' }[] = [
  { method: 'addArguments', owner: 'Selenium', dashes: 'optional' },
  { method: 'appendSwitch', owner: 'Electron', dashes: 'none' },
  { method: 'appendArgument', owner: 'Electron', dashes: 'required' },
];

/** The switch a command-line word turns on, if it is one of CERTIFICATE_SWITCHES. */
export function certificateSwitch(word: string, dashes: 'required' | 'optional' | 'none'): { name: string; local: boolean } | undefined {
  const hasDashes = word.startsWith('--');
  if ((dashes === 'required' && !hasDashes) || (dashes === 'none' && hasDashes)) return undefined;
  // Chromium reads the switch's presence: `--ignore-certificate-errors=false` turns it on too.
  const name = (hasDashes ? word.slice(2) : word).replace(/=.*$/s, '');
  return CERTIFICATE_SWITCHES.find((s) => s.name === name);
}
