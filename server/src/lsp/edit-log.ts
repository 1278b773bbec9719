// The edits of each open document since the version whose tree the linter keeps, taken from the
// didChange notifications as TextDocuments applies them: the linter re-parses only those ranges.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../engine/language.js';

interface Log {
  /** The version the edits start from. */
  from: number;
  edits: Edit[];
}

/** Past this many edits between two analyses (an onSave document typed into for long), a full parse is as cheap. */
const MAX_EDITS = 2000;

export class EditLog {
  private readonly logs = new Map<string, Log>();

  /** TextDocuments' handling of documents, recording each change's offsets before applying it. */
  configuration(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: (uri, languageId, version, content) => {
        this.logs.delete(uri);
        return TextDocument.create(uri, languageId, version, content);
      },
      update: (doc, changes, version) => this.apply(doc, changes, version),
    };
  }

  /** Applies the changes one by one (each change's range is in the text the previous one left). */
  apply(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const log = this.logs.get(doc.uri);
    let d = doc;
    for (const c of changes) {
      if (log) {
        if ('range' in c) log.edits.push({ start: d.offsetAt(c.range.start), end: d.offsetAt(c.range.end), newLength: c.text.length });
        else log.edits.push({ start: 0, end: d.getText().length, newLength: c.text.length });
      }
      d = TextDocument.update(d, [c], version);
    }
    if (log && log.edits.length > MAX_EDITS) this.logs.delete(doc.uri);
    return d;
  }

  /** The edits since `version`, if every one since was seen. */
  editsSince(uri: string, version: number): readonly Edit[] | undefined {
    const log = this.logs.get(uri);
    return log && log.from === version ? log.edits : undefined;
  }

  /** Starts recording from `version`, the one just parsed. */
  restart(uri: string, version: number): void {
    this.logs.set(uri, { from: version, edits: [] });
  }

  forget(uri: string): void {
    this.logs.delete(uri);
  }
}
