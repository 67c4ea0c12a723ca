// Types for the functions scripts/audit-deps.js exports, so its tests are type-checked.
export type Finding = { kind: 'deprecated' | 'advisory' | 'unreadable-range'; package: string; detail: string };
export type DeprecatedSnapshot = { date?: string | null; packages?: Record<string, string> };
export type Advisory = { id: string; package: string; vulnerableRange: string; severity: string; summary: string };
export type AdvisoriesSnapshot = { date?: string | null; advisories?: Advisory[] };
export type Version = { core: [number, number, number]; pre: string[] };

export function flattenTree(lsJson: unknown): string[];
export function parseVersion(text: string): Version | undefined;
export function compareVersions(a: Version, b: Version): number;
export function inRange(version: string, range: string): boolean | undefined;
export function audit(packages: string[], deprecated: DeprecatedSnapshot, advisories: AdvisoriesSnapshot): Finding[];
export function ageInDays(snapshot: { date?: string | null } | undefined, nowMs: number): number | undefined;
