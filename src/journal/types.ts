/** Moved to src/domain/types.ts (the engine, the reports and the journal share them); kept so older imports still build. */
export type * from '../domain/types.js';
