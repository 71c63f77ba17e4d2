import type { Transaction } from 'dexie';
export interface SchemaVersion {
    version: number;
    stores: Record<string, string | null>;
    upgrade?: (tx: Transaction) => Promise<void>;
    /** What changed and why, for docs/ARCHITECTURE.md readers. */
    why: string;
}
export declare const SCHEMA_HISTORY: readonly SchemaVersion[];
export declare const CURRENT_SCHEMA_VERSION: number;
