// Each language of the registry (protocol/languages.ts) and its frontend. A new language is a
// folder here, its entry in the registry and its line below (the type demands one per id).
import type { LanguageId } from '../../../protocol/languages.js';
import type { Frontend, ParsedDocument } from '../engine/language.js';
import { jsFrontend } from './js/index.js';
import { dockerfileFrontend, dotenvFrontend, jsonFrontend, npmrcFrontend, yamlFrontend } from './files/index.js';
import { pythonFrontend } from './python/index.js';

export const FRONTENDS: { readonly [L in LanguageId]: Frontend<ParsedDocument & never> | Frontend } = {
  js: jsFrontend,
  python: pythonFrontend,
  json: jsonFrontend,
  npmrc: npmrcFrontend,
  dotenv: dotenvFrontend,
  dockerfile: dockerfileFrontend,
  yaml: yamlFrontend,
};
