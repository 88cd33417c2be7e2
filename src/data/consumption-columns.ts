/**
 * Column-wise storage of consumption rows for the memory adapter: one typed array or string column per field
 * instead of one object per row. At a million rows the heap then holds a few dozen arrays and a few thousand
 * distinct strings rather than a million objects and their strings, so a full garbage collection has little to
 * mark; row objects are built only for the page a query asks for (`rowAt`).
 *
 * Text fields with few distinct values (title, status, person, date, …) are dictionaries: the distinct values and
 * a code per row. Mostly distinct ones (id, reference) are packed: every value concatenated into one string, with
 * the offset of each. Optional fields keep the difference between absent and present-but-undefined, so a row reads
 * back exactly as `parseDataset` returned it.
 */
import type { ColumnSource } from '../domain/index.js';
import type { ConsumptionRecord } from '../domain/types.js';

/** A row's state in an optional column: a value, absent, or present as `undefined`. */
const VALUE = 0;
const ABSENT = 1;
const UNDEFINED = 2;

/** Above this many distinct values (and this share of the rows), a text column is packed, not a dictionary. */
const DICTIONARY_LIMIT = 4096;
const DICTIONARY_SHARE = 0.25;

type Optional = 'hoursDone' | 'reference' | 'status' | 'person' | 'email' | 'caseId';
type TextKey = 'id' | 'date' | 'title' | 'reference' | 'status' | 'person' | 'email' | 'caseId';

/** One text field of every row. */
interface TextColumn {
  /** The value of row i (undefined when absent or undefined). */
  get(i: number): string | undefined;
  /** VALUE, ABSENT or UNDEFINED for row i. */
  state(i: number): number;
  /** Distinct values and codes, when a dictionary. */
  coded(): { values: readonly unknown[]; codes: Uint32Array } | undefined;
}

/** Codes 0 and 1 stand for absent and present-undefined; values from code 2. */
class DictionaryColumn implements TextColumn {
  constructor(
    private readonly values: readonly (string | undefined)[],
    private readonly codes: Uint32Array,
  ) {}
  get(i: number): string | undefined {
    return this.values[this.codes[i]];
  }
  state(i: number): number {
    const c = this.codes[i];
    return c === 0 ? ABSENT : c === 1 ? UNDEFINED : VALUE;
  }
  coded(): { values: readonly unknown[]; codes: Uint32Array } {
    return { values: this.values, codes: this.codes };
  }
}

/** Every value in one string; row i is `text.slice(offsets[i], offsets[i + 1])`. */
class PackedColumn implements TextColumn {
  constructor(
    private readonly text: string,
    private readonly offsets: Uint32Array,
    /** Per row VALUE / ABSENT / UNDEFINED; null when every row has a value. */
    private readonly states: Uint8Array | null,
  ) {}
  get(i: number): string | undefined {
    if (this.states !== null && this.states[i] !== VALUE) return undefined;
    return this.text.slice(this.offsets[i], this.offsets[i + 1]);
  }
  state(i: number): number {
    return this.states === null ? VALUE : this.states[i];
  }
  coded(): undefined {
    return undefined;
  }
}

function stateOf(record: ConsumptionRecord, key: keyof ConsumptionRecord): number {
  const value = record[key];
  return value !== undefined ? VALUE : key in record ? UNDEFINED : ABSENT;
}

function textColumn(records: readonly ConsumptionRecord[], key: TextKey): TextColumn {
  const n = records.length;
  const limit = Math.max(DICTIONARY_LIMIT, Math.floor(n * DICTIONARY_SHARE));
  const codeOf = new Map<string, number>();
  const values: (string | undefined)[] = [undefined, undefined];
  const codes = new Uint32Array(n);
  let i = 0;
  for (; i < n; i++) {
    const value = records[i][key];
    if (value === undefined) {
      codes[i] = stateOf(records[i], key) === ABSENT ? 0 : 1;
      continue;
    }
    let code = codeOf.get(value);
    if (code === undefined) {
      if (values.length - 2 >= limit) break;
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    codes[i] = code;
  }
  if (i === n) return new DictionaryColumn(values, codes);
  // Mostly distinct: packed.
  const offsets = new Uint32Array(n + 1);
  let states: Uint8Array | null = null;
  const parts = new Array<string>(n);
  let length = 0;
  for (let k = 0; k < n; k++) {
    const value = records[k][key];
    if (value === undefined) {
      states ??= new Uint8Array(n);
      states[k] = stateOf(records[k], key);
      parts[k] = '';
    } else {
      parts[k] = value;
      length += value.length;
    }
    offsets[k + 1] = length;
  }
  return new PackedColumn(parts.join(''), offsets, states);
}

/** The consumption rows of one entitlement, column by column. */
export class ConsumptionColumns implements ColumnSource<ConsumptionRecord> {
  readonly length: number;
  /** The entitlement every row belongs to. */
  readonly entitlementId: string;
  /** Workspace index (position in the dataset's workspaces) of each row. */
  readonly workspace: Uint32Array;
  readonly quantity: Float64Array;
  private readonly workspaceIds: readonly string[];
  private readonly hoursDone: Float64Array;
  /** VALUE / ABSENT / UNDEFINED of hoursDone; null when every row has one. */
  private readonly hoursState: Uint8Array | null;
  private readonly text: Record<TextKey, TextColumn>;

  /**
   * Stores `records` (validated, all of entitlement `entitlementId`); `workspaceIndex` maps a workspace id to its
   * position in `workspaceIds`. The records are not kept.
   */
  constructor(
    entitlementId: string,
    records: readonly ConsumptionRecord[],
    workspaceIds: readonly string[],
    workspaceIndex: ReadonlyMap<string, number>,
  ) {
    const n = records.length;
    this.length = n;
    this.entitlementId = entitlementId;
    this.workspaceIds = workspaceIds;
    this.workspace = new Uint32Array(n);
    this.quantity = new Float64Array(n);
    this.hoursDone = new Float64Array(n);
    let hoursState: Uint8Array | null = null;
    for (let i = 0; i < n; i++) {
      const r = records[i];
      if (r.entitlementId !== entitlementId) {
        throw new Error(`consumption ${r.id}: entitlement ${r.entitlementId}, stored under ${entitlementId}`);
      }
      const w = workspaceIndex.get(r.workspaceId);
      if (w === undefined) throw new Error(`consumption ${r.id}: unknown workspace ${r.workspaceId}`); // validated
      this.workspace[i] = w;
      this.quantity[i] = r.quantity;
      if (r.hoursDone === undefined) {
        hoursState ??= new Uint8Array(n);
        hoursState[i] = stateOf(r, 'hoursDone');
      } else this.hoursDone[i] = r.hoursDone;
    }
    this.hoursState = hoursState;
    this.text = {
      id: textColumn(records, 'id'),
      date: textColumn(records, 'date'),
      title: textColumn(records, 'title'),
      reference: textColumn(records, 'reference'),
      status: textColumn(records, 'status'),
      person: textColumn(records, 'person'),
      email: textColumn(records, 'email'),
      caseId: textColumn(records, 'caseId'),
    };
  }

  /** The date of row i. */
  dateAt(i: number): string {
    return this.text.date.get(i)!;
  }

  /** A fresh record for row i, with the same keys and values as the validated record it was stored from. */
  rowAt(i: number): ConsumptionRecord {
    const t = this.text;
    const out: ConsumptionRecord = {
      id: t.id.get(i)!,
      entitlementId: this.entitlementId,
      workspaceId: this.workspaceIds[this.workspace[i]],
      date: t.date.get(i)!,
      quantity: this.quantity[i],
      title: t.title.get(i)!,
    };
    const hours = this.hoursState === null ? VALUE : this.hoursState[i];
    if (hours === VALUE) out.hoursDone = this.hoursDone[i];
    else if (hours === UNDEFINED) out.hoursDone = undefined;
    this.optional(out, 'reference', i);
    this.optional(out, 'status', i);
    this.optional(out, 'person', i);
    this.optional(out, 'email', i);
    this.optional(out, 'caseId', i);
    return out;
  }

  private optional(out: ConsumptionRecord, key: Exclude<Optional, 'hoursDone'>, i: number): void {
    const column = this.text[key];
    const state = column.state(i);
    if (state === VALUE) out[key] = column.get(i);
    else if (state === UNDEFINED) out[key] = undefined;
  }

  column(field: keyof ConsumptionRecord): readonly unknown[] {
    const n = this.length;
    switch (field) {
      case 'entitlementId':
        return new Array<string>(n).fill(this.entitlementId);
      case 'workspaceId':
        return Array.from(this.workspace, (w) => this.workspaceIds[w]);
      case 'quantity':
        return Array.from(this.quantity);
      case 'hoursDone':
        return Array.from(this.hoursDone, (h, i) =>
          this.hoursState === null || this.hoursState[i] === VALUE ? h : undefined,
        );
      default: {
        const column = this.text[field];
        return Array.from({ length: n }, (_, i) => column.get(i));
      }
    }
  }

  coded(field: keyof ConsumptionRecord): { values: readonly unknown[]; codes: Uint32Array } | undefined {
    if (field === 'workspaceId') return { values: this.workspaceIds, codes: this.workspace };
    if (field in this.text) return this.text[field as TextKey].coded();
    return undefined;
  }
}
