// An optional edit as a list to spread into a fix's edits (`ensureImport` gives none when the import is there).
import type { TextEdit } from '../api.js';

export function present(edit: TextEdit | undefined): TextEdit[] {
  return edit ? [edit] : [];
}
