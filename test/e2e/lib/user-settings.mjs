// VS Code user settings for every editor the tests start (code-server and desktop VS Code).
/** User settings: no welcome page, tips, telemetry, update checks or trust prompt; nothing that races the tests. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  // The chat side bar (empty without AI features) would take a third of every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Nothing that repaints on its own: on a 2-core machine without a GPU, chromium's renderer was the
  // largest user of CPU in the suite.
  'workbench.reduceMotion': 'on',
  'editor.cursorBlinking': 'solid',
  'editor.smoothScrolling': false,
  'workbench.list.smoothScrolling': false,
  // TypeScript's syntax server only: the tests are about tlslint, and the semantic server (a second
  // tsserver that type-checks the workspace) cost about 5 s of CPU per editor session.
  'typescript.tsserver.useSyntaxServer': 'always',
};
