import type { ProvenanceStatus } from './enums.js';

/** One source backing a record or one of its fields. */
export interface ProvenanceSource {
  status: ProvenanceStatus;
  url?: string | null;
  note?: string | null;
  /** The field this source backs, when it backs only part of the record. */
  field?: string | null;
  /** ISO date the source was retrieved or the fact entered. */
  retrievedAt?: string | null;
}
