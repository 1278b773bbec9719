// no-unverified-certificate in browsers, Electron and WebDriver: Chromium switches, capabilities,
// and the messages naming the right tool.
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from './rule-tester.js';

const PPTR = "import puppeteer from 'puppeteer';\n";

runRuleTests(noUnverifiedCertificate, {
  valid: [
    { name: 'switches in prose, comparisons, deny lists and ignoreDefaultArgs', code: `${PPTR}console.log('never pass --ignore-certificate-errors');\nconst BANNED = ['--ignore-certificate-errors'];\nif (args.includes('--ignore-certificate-errors')) throw new Error('no');\nawait puppeteer.launch({ ignoreDefaultArgs: ['--ignore-certificate-errors'], args: ['--no-sandbox'] });\n` },
    { name: 'a pinned SPKI list is not the blanket switch', code: `${PPTR}await puppeteer.launch({ args: ['--ignore-certificate-errors-spki-list=' + SPKI] });\n` },
    { name: 'a Puppeteer switch without dashes is a URL, not a switch', code: `${PPTR}await puppeteer.launch({ args: ['ignore-certificate-errors'] });\n` },
    { name: 'capabilities that keep verification', code: "const caps = { browserName: 'chrome', acceptInsecureCerts: false };\noptions.setAcceptInsecureCerts(false);\ncaps.set('acceptInsecureCerts', false);\nmap.set('otherCapability', true);\n" },
    { name: 'Electron: another switch, and a certificate-error handler that accepts one pinned fingerprint', filename: 'main.js', code: [
      "const { app } = require('electron');",
      "app.commandLine.appendSwitch('disable-gpu');",
      "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {",
      '  if (certificate.fingerprint === PINNED_FINGERPRINT) {',
      '    event.preventDefault();',
      '    callback(true);',
      '  } else {',
      '    callback(false);',
      '  }',
      '});',
      "app.on('certificate-error', (event, wc, url, error, cert, cb) => {",
      '  if (cert.fingerprint !== PIN) return cb(false);',
      '  event.preventDefault();',
      '  cb(true);',
      '});',
      '',
    ].join('\n') },
  ],
  invalid: [
    {
      name: '--ignore-certificate-errors in Puppeteer and Playwright args, from a constant array too',
      code: [
        PPTR.trim(),
        "import { chromium, defineConfig } from '@playwright/test';",
        "const BROWSER_ARGS = ['--no-sandbox', ⟦'--ignore-certificate-errors'⟧];",
        'await puppeteer.launch({ headless: true, args: BROWSER_ARGS });',
        "await chromium.launch({ args: [⟦'--ignore-certificate-errors'⟧] });",
        "export default defineConfig({ use: { launchOptions: { args: [⟦'--ignore-certificate-errors'⟧] } } });",
        '',
      ].join('\n'),
      messageIds: ['switch', 'switch', 'switch'],
      severities: ['error', 'error', 'error'],
      messageIncludes: ['--ignore-certificate-errors in puppeteer makes the browser accept any certificate', 'in playwright', 'in playwright'],
      fixes: [{ title: 'Remove --ignore-certificate-errors (verify certificates)', output: [
        PPTR.trim(),
        "import { chromium, defineConfig } from '@playwright/test';",
        "const BROWSER_ARGS = ['--no-sandbox'];",
        'await puppeteer.launch({ headless: true, args: BROWSER_ARGS });',
        "await chromium.launch({ args: ['--ignore-certificate-errors'] });",
        "export default defineConfig({ use: { launchOptions: { args: ['--ignore-certificate-errors'] } } });",
        '',
      ].join('\n') }],
    },
    {
      name: 'a switch pushed onto a launch args array names the condition',
      code: `${PPTR}const args = ['--no-sandbox'];\nif (process.env.ALLOW_SELF_SIGNED) args.push(⟦'--ignore-certificate-errors'⟧);\nawait puppeteer.launch({ args });\n`,
      messageIds: ['switch'],
      messageIncludes: ['(only on the explicit opt-in `process.env.ALLOW_SELF_SIGNED`)'],
      fixes: [{ title: 'Remove --ignore-certificate-errors (verify certificates)', output: `${PPTR}const args = ['--no-sandbox'];\nif (process.env.ALLOW_SELF_SIGNED) ;\nawait puppeteer.launch({ args });\n` }],
    },
    {
      name: 'Selenium addArguments and ChromeDriver capabilities (dashes optional there)',
      code: [
        "import { Builder } from 'selenium-webdriver';",
        "import chrome from 'selenium-webdriver/chrome.js';",
        "const options = new chrome.Options().addArguments('--headless=new', ⟦'ignore-certificate-errors'⟧);",
        "const caps = { browserName: 'chrome', 'goog:chromeOptions': { args: [⟦'--ignore-certificate-errors'⟧] } };",
        'export const driver = new Builder().withCapabilities(caps).build();',
        '',
      ].join('\n'),
      messageIds: ['switch', 'switch'],
      messageIncludes: ['ignore-certificate-errors (Selenium addArguments) makes the browser accept any certificate', '--ignore-certificate-errors (ChromeDriver) makes'],
      fixes: [{ title: 'Remove ignore-certificate-errors (verify certificates)', output: [
        "import { Builder } from 'selenium-webdriver';",
        "import chrome from 'selenium-webdriver/chrome.js';",
        "const options = new chrome.Options().addArguments('--headless=new');",
        "const caps = { browserName: 'chrome', 'goog:chromeOptions': { args: ['--ignore-certificate-errors'] } };",
        'export const driver = new Builder().withCapabilities(caps).build();',
        '',
      ].join('\n') }],
    },
    {
      name: 'WebDriver capabilities are named WebDriver, a Puppeteer launch Puppeteer',
      filename: 'wdio.conf.js',
      code: "exports.config = { capabilities: [{ browserName: 'chrome', ⟦acceptInsecureCerts: true⟧ }] };\nconst launch = { headless: 'new', ⟦acceptInsecureCerts: true⟧ };\nmodule.exports.launch = launch;\n",
      messageIds: ['option', 'option'],
      messageIncludes: ['acceptInsecureCerts: true disables certificate verification (WebDriver)', 'acceptInsecureCerts: true disables certificate verification (Puppeteer)'],
    },
    {
      name: 'Selenium setAcceptInsecureCerts(true) and a capability set by name',
      code: "options.⟦setAcceptInsecureCerts(true)⟧;\n⟦caps.set('acceptInsecureCerts', true)⟧;\n",
      messageIds: ['method', 'setter'],
      messageIncludes: ['Selenium .setAcceptInsecureCerts() disables certificate verification', 'WebDriver acceptInsecureCerts = true turns certificate checks off'],
      fixes: [
        { title: 'Remove .setAcceptInsecureCerts(…) (verify certificates)', output: "caps.set('acceptInsecureCerts', true);\n" },
        { finding: 1, title: 'Remove the acceptInsecureCerts setting (verify certificates)', output: 'options.setAcceptInsecureCerts(true);\n' },
      ],
    },
    {
      name: 'Electron: the whole app ignores certificate errors; allow-insecure-localhost is local',
      filename: 'main.js',
      code: "const { app } = require('electron');\napp.commandLine.appendSwitch(⟦'ignore-certificate-errors'⟧);\napp.commandLine.appendSwitch(⟦'allow-insecure-localhost'⟧, 'true');\n",
      messageIds: ['electronSwitch', 'localSwitch'],
      severities: ['error', 'warning'],
      messageIncludes: ['ignore-certificate-errors makes this Electron app accept any certificate', 'allow-insecure-localhost (Electron) makes the browser accept invalid certificates from localhost'],
      fixes: [{ title: 'Remove ignore-certificate-errors (verify certificates)', output: "const { app } = require('electron');\napp.commandLine.appendSwitch('allow-insecure-localhost', 'true');\n" }],
    },
  ],
});
