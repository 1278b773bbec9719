// The project files tlslint reads next to the code (TLS-FACTS 7.3): where the environment of Node
// processes and the settings of npm, Yarn, git, curl and pip are written. One entry per file
// syntax; server/src/lang/files/ decides what a file is (a compose file or a workflow, say) from
// its path and content. Plain data, imported by protocol/languages.ts.
// Typed where languages.ts spreads it (no import back, so no cycle).
export const PROJECT_FILE_LANGUAGES = [
  {
    // Only these JSON files: every other .json (tsconfig.json, a fixture) is not read.
    id: 'json',
    name: 'package.json and pm2 JSON',
    extensions: [],
    fileNames: ['package.json', 'ecosystem.config.json', 'ecosystem.json'],
    byFileNameOnly: true,
    // `json` (and `ini`, `properties` below) are everyone's: opening settings.json must not start
    // tlslint. These files are sent by name (the selector's patterns) once it runs.
    lspLanguageIds: [],
    extensionOf: {},
  },
  {
    id: 'npmrc',
    name: '.npmrc/.yarnrc',
    extensions: [],
    fileNames: ['.npmrc', 'npmrc', '.yarnrc'],
    byFileNameOnly: true,
    lspLanguageIds: [],
    extensionOf: {},
    comments: { line: '#' },
  },
  {
    // `.env.example` and other templates too: they are copied to `.env` as they are.
    id: 'dotenv',
    name: '.env',
    extensions: [],
    fileNames: ['.env'],
    namePatterns: ['.env.*'],
    byFileNameOnly: true,
    // The DotENV extension's language: .env files only.
    lspLanguageIds: ['dotenv'],
    extensionOf: {},
    comments: { line: '#' },
  },
  {
    id: 'dockerfile',
    name: 'Dockerfile',
    extensions: ['.dockerfile', '.containerfile'],
    fileNames: ['Dockerfile', 'dockerfile', 'Containerfile', 'containerfile'],
    namePatterns: ['Dockerfile.*', 'Containerfile.*'],
    lspLanguageIds: ['dockerfile'],
    extensionOf: { dockerfile: '.dockerfile' },
    comments: { line: '#' },
  },
  {
    // Compose, Kubernetes and Helm-rendered manifests, GitHub Actions, GitLab CI, .yarnrc.yml.
    id: 'yaml',
    name: 'YAML',
    extensions: ['.yml', '.yaml'],
    lspLanguageIds: ['yaml', 'dockercompose', 'github-actions-workflow'],
    extensionOf: { yaml: '.yml', dockercompose: '.yml', 'github-actions-workflow': '.yml' },
    comments: { line: '#' },
  },
] as const;
