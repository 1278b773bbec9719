// The ordered suite list of OpenSSL 3.0's ssl_create_cipher_list() (ssl/ssl_ciph.c): the
// linked list that ssl_cipher_apply_rule() adds to, moves and removes from, and the fixed
// preference order OpenSSL builds before it reads a cipher string. evaluate.ts drives it.
import { AUTH, ENC, ENC_GROUP, MAC, MKEY, VERSION, patternMatches, suiteBits, type SuiteBits } from './aliases.js';
import type { ElementRef, EnabledSuite } from './evaluate.js';
import type { CipherSuite } from './suites.js';

export const ADD = 1, KILL = 2, DEL = 3, ORD = 4, SPECIAL = 5, BUMP = 6; // ssl_ciph.c CIPHER_*

interface Node { suite: CipherSuite; bits: SuiteBits; active: boolean; prev: Node | null; next: Node | null; origin: ElementRef | null }
export interface Pattern extends SuiteBits { cipherId: number }

export const ZERO: Pattern = { mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, cipherId: 0 };

/** The linked list of ssl_create_cipher_list, with ssl_cipher_apply_rule ported literally. */
export class CipherOrder {
  head: Node | null = null;
  tail: Node | null = null;

  constructor(suites: readonly CipherSuite[]) {
    // ssl_sort_cipher_list() sorts by id and ssl3_get_cipher() walks it backwards.
    for (const suite of [...suites].sort((x, y) => y.id - x.id)) {
      const n: Node = { suite, bits: suiteBits(suite), active: false, prev: this.tail, next: null, origin: null };
      if (this.tail) this.tail.next = n; else this.head = n;
      this.tail = n;
    }
  }

  private unlink(c: Node): void {
    if (c === this.head) this.head = c.next; else c.prev!.next = c.next;
    if (c === this.tail) this.tail = c.prev; else c.next!.prev = c.prev;
    c.next = null; c.prev = null;
  }

  private appendTail(c: Node): void {
    if (c === this.tail) return;
    this.unlink(c);
    this.tail!.next = c; c.prev = this.tail; this.tail = c;
  }

  private appendHead(c: Node): void {
    if (c === this.head) return;
    this.unlink(c);
    this.head!.prev = c; c.next = this.head; this.head = c;
  }

  apply(p: Partial<Pattern>, rule: number, strengthBits = -1, origin: ElementRef | null = null): void {
    const pat = { ...ZERO, ...p };
    const reverse = rule === DEL || rule === BUMP;
    let next = reverse ? this.tail : this.head;
    const last = reverse ? this.head : this.tail;
    let curr: Node | null = null;
    for (;;) {
      if (curr === last) break;
      curr = next;
      if (curr === null) break;
      next = reverse ? curr.prev : curr.next;
      if (strengthBits >= 0) {
        if (strengthBits !== curr.suite.strengthBits) continue;
      } else {
        if (pat.cipherId !== 0 && pat.cipherId !== curr.suite.id) continue;
        if (!patternMatches(pat, curr.bits)) continue;
      }
      if (rule === ADD) {
        if (!curr.active) { this.appendTail(curr); curr.active = true; curr.origin = origin; }
      } else if (rule === ORD) {
        if (curr.active) this.appendTail(curr);
      } else if (rule === DEL) {
        if (curr.active) { this.appendHead(curr); curr.active = false; }
      } else if (rule === BUMP) {
        if (curr.active) this.appendHead(curr);
      } else if (rule === KILL) {
        this.unlink(curr);
        curr.active = false;
      }
    }
  }

  /** ssl_cipher_strength_sort: stable sort of the active suites by strength bits, descending. */
  strengthSort(): void {
    const used = new Set<number>();
    for (let c = this.head; c; c = c.next) if (c.active) used.add(c.suite.strengthBits);
    for (const bits of [...used].sort((x, y) => y - x)) this.apply({}, ORD, bits);
  }

  active(): EnabledSuite[] {
    const out: EnabledSuite[] = [];
    for (let c = this.head; c; c = c.next) if (c.active) out.push({ suite: c.suite, origin: c.origin });
    return out;
  }
}

/** The fixed preference order OpenSSL builds before reading the string (ssl_create_cipher_list). */
export function preorder(list: CipherOrder): void {
  const ecdhe = MKEY.kECDHE, fs = MKEY.kDHE | MKEY.kECDHE;
  list.apply({ mkey: ecdhe, auth: AUTH.aECDSA }, ADD);
  list.apply({ mkey: ecdhe }, ADD);
  list.apply({ mkey: ecdhe }, DEL);
  list.apply({ enc: ENC_GROUP.AESGCM }, ADD);
  list.apply({ enc: ENC_GROUP.CHACHA20 }, ADD);
  list.apply({ enc: ENC_GROUP.AES ^ ENC_GROUP.AESGCM }, ADD);
  list.apply({}, ADD);
  list.apply({ mac: MAC.MD5 }, ORD);
  list.apply({ auth: AUTH.aNULL }, ORD);
  list.apply({ mkey: MKEY.kRSA }, ORD);
  list.apply({ mkey: MKEY.kPSK }, ORD);
  list.apply({ enc: ENC.RC4 }, ORD);
  list.strengthSort();
  list.apply({ minTls: VERSION['TLSv1.2'] }, BUMP);
  list.apply({ mac: MAC.AEAD }, BUMP);
  list.apply({ mkey: fs }, BUMP);
  list.apply({ mkey: fs, mac: MAC.AEAD }, BUMP);
  list.apply({}, DEL);
}
