// The version shown by --version and in SARIF; kept equal to package.json's by test/meta.
export const VERSION = '0.1.0';
