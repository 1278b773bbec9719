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
};
