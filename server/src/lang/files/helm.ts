// A Helm chart's template read as the YAML every rendering of it shares: each Go template action
// (`{{ .Release.Name }}`, `{{- include "x" . | nindent 4 }}`, `{{/* … */}}`) becomes spaces of
// the same length (newlines kept, so every offset and line stays where it was), and what an
// `if`/`with` guards, or a `define` names for elsewhere, is left out the same way: it appears only
// in some renderings. A `range` body stays (it is rendered for each item). Actions' `${{ }}`
// expressions are not templates. A template whose blocks do not balance is returned unchanged.

const ACTION = /(?<!\$)\{\{-?([\s\S]*?)-?\}\}/g;
const OPENS_GUARDED = /^\s*(if|with|define|block)\b/;
const OPENS_KEPT = /^\s*range\b/;
const ENDS = /^\s*end\s*$/;

export function renderedSkeleton(text: string): string {
  const out = text.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  const open: { guarded: boolean; start: number }[] = [];
  for (const m of text.matchAll(ACTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const body = m[1]!;
    if (OPENS_GUARDED.test(body)) open.push({ guarded: true, start });
    else if (OPENS_KEPT.test(body)) open.push({ guarded: false, start });
    else if (ENDS.test(body)) {
      const block = open.pop();
      if (!block) return text;
      if (block.guarded) blank(block.start, end);
    }
    blank(start, end);
  }
  return open.length === 0 ? out.join('') : text;
}
