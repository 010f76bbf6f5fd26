/** Minimal typings for the `edtf` package (it ships none). */
declare module 'edtf' {
  export interface EdtfObject {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    /** Earliest instant covered, epoch ms. */
    readonly min: number;
    /** Latest instant covered, epoch ms. */
    readonly max: number;
    readonly precision?: number;
    readonly approximate?: unknown;
    readonly uncertain?: unknown;
    readonly unspecified?: unknown;
    readonly values: number[];
    edtf: string;
    toEDTF(): string;
  }
  export function parse(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): { type: string; values: number[]; level: number };
  export default function edtf(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): EdtfObject;
  export function defaults(options: Record<string, unknown>): void;
}
