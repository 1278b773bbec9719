// The project-file frontends (TLS-FACTS 7.3): one per syntax of the registry
// (protocol/project-files.ts), all running the rules' shared `files` part over one model.
import type { FilesPart } from '../../../../rules/files/api.js';
import type { Frontend } from '../../engine/language.js';
import type { LanguageId } from '../../../../protocol/languages.js';
import { buildDockerfile } from './dockerfile.js';
import { commentsHolding, filesDocument, hashDirectiveEdit, type Built, type FilesDocument } from './document.js';
import { buildDotenv } from './dotenv.js';
import { buildNpmrc } from './npmrc.js';
import { buildJson } from './package-json.js';
import { buildYaml } from './yaml.js';

function frontend(id: LanguageId, build: (fileName: string, text: string) => Built, comments = true): Frontend<FilesDocument> {
  return {
    id,
    partKey: 'files',
    parse: (fileName, text) => filesDocument(fileName, text, () => build(fileName, text)),
    commentsHolding,
    // JSON has no comments: a finding there is silenced with an `ignore` glob or a rule setting.
    directiveEdit: (doc, directive, placement) => (comments ? hashDirectiveEdit(doc, directive, placement) : undefined),
    runner(doc) {
      return {
        run: (part, report) => (part as FilesPart).check({ fileName: doc.fileName, text: doc.text, model: doc.model(), report }),
      };
    },
  };
}

export const jsonFrontend = frontend('json', buildJson, false);
export const npmrcFrontend = frontend('npmrc', buildNpmrc);
export const dotenvFrontend = frontend('dotenv', buildDotenv);
export const dockerfileFrontend = frontend('dockerfile', buildDockerfile);
export const yamlFrontend = frontend('yaml', buildYaml);
