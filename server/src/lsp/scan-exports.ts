// What a workspace scan keeps to judge exported options by their importers once every pass is
// done (runner/importer-uses.ts): each file's uses of its imports, the findings placed in other
// files, and the results with exported options, published as they came and again if judged quiet.
import type { FileResult, PlacedFinding } from '../engine/types.js';
import { ImportedUses, quietSafelyImported, type ExportedCheck } from '../runner/importer-uses.js';

export class ScanExports {
  private readonly uses = new ImportedUses();
  private readonly placed = new Map<string, PlacedFinding[]>();
  private readonly held = new Map<string, { result: FileResult; includeInfo: boolean }>();

  add(uri: string, result: FileResult, includeInfo: boolean): void {
    this.uses.add(result);
    for (const p of result.elsewhere ?? []) this.placed.set(p.fileName, [...(this.placed.get(p.fileName) ?? []), p]);
    if (result.exportedOptions) this.held.set(uri, { result, includeInfo });
    else this.held.delete(uri);
  }

  /** The held results that lose findings. */
  judge(check: Omit<ExportedCheck, 'uses'>): { uri: string; result: FileResult; judged: FileResult; includeInfo: boolean }[] {
    const out: { uri: string; result: FileResult; judged: FileResult; includeInfo: boolean }[] = [];
    for (const [uri, { result, includeInfo }] of this.held) {
      const [judged] = quietSafelyImported([result], { ...check, uses: this.uses }, this.placed);
      if (judged.findings.length < result.findings.length) out.push({ uri, result, judged, includeInfo });
    }
    return out;
  }
}
