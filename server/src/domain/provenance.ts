import type { ProvenanceStatus } from './enums.js';

/** One source backing a record or one of its fields. */
export interface ProvenanceSource {
  status: ProvenanceStatus;
  url?: string | null;
  note?: string | null;
  /** The field this source backs, when it backs only part of the record. */
  field?: string | null;
  /** ISO date of the source (published, retrieved or entered), when known. */
  date?: string | null;
}
