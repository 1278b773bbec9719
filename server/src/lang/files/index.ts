// The project-file frontends (TLS-FACTS 7.3): one per syntax of the registry
// (protocol/project-files.ts), all running the rules' shared `files` part over one model.
import type { FilesPart } from '../../../../rules/files/api.js';
import type { Frontend } from '../../engine/language.js';
import { keepFixesThatParse } from '../../engine/fix-checks.js';
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
    // In a file that does not parse (a truncated JSON string), a fix next to the damage may add an
    // error: it is kept only when it edits no broken text and the fixed file has no more errors.
    keepFixesThatParse: (doc, findings) =>
      keepFixesThatParse(
        {
          text: doc.text,
          errors: doc.syntaxProblems.length,
          editsBrokenText: (_f, fix) => fix.edits.some((e) => doc.syntaxProblems.some((p) => e.start <= p.end && p.start <= e.end)),
          errorsIn: (fixed) => build(doc.fileName, fixed).syntaxProblems.length,
        },
        findings,
      ),
  };
}

export const jsonFrontend = frontend('json', buildJson, false);
export const npmrcFrontend = frontend('npmrc', buildNpmrc);
export const dotenvFrontend = frontend('dotenv', buildDotenv);
export const dockerfileFrontend = frontend('dockerfile', buildDockerfile);
export const yamlFrontend = frontend('yaml', buildYaml);
