// Types for the SMART entry (smart.js). The data types are generated from the Rust types (tsify).
import type { SmartResult, SmartOptions, InputError } from './jobspor_smart.js';

export type { SmartResult, SmartOptions, InputError };

/** Checks one job goal or agreement against the SMART criteria. Evidence offsets are UTF-16. */
export function checkSmart(text: string, options?: SmartOptions | string): SmartResult | InputError;
/** The package version. */
export function version(): string;
/** True when a value returned by the API is an input error. */
export function isInputError(r: unknown): r is InputError;
