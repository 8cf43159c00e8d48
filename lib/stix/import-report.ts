/** What an import did with each object of the bundle (returned to callers, printed by the CLI). */

export type StixImportOutcome = "created" | "updated" | "unchanged";

export interface StixImportedObject {
  /** Position of the object in the bundle's `objects`. */
  index: number;
  type: string;
  id: string;
  /** The table written (Campaign, Network, Actor, InvestigatingBody, Attribution, Source, ClaimResponse, CampaignNetwork, CampaignTechnique, Technique). */
  record: string;
  recordId: string;
}

export interface StixSkippedObject {
  index: number;
  type: string;
  id: string;
  reason: string;
}

export interface StixImportWarning {
  index: number;
  id: string;
  field: string;
  message: string;
}

export interface StixImportReport {
  bundleId: string;
  created: StixImportedObject[];
  updated: StixImportedObject[];
  unchanged: StixImportedObject[];
  /** Objects of types the importer understands but did not store, each with why. */
  skipped: StixSkippedObject[];
  /** Objects of types the importer does not understand: listed, not silently dropped. */
  unknown: { index: number; type: string; id: string }[];
  warnings: StixImportWarning[];
  /** The audit entry written for this import; null when nothing changed. */
  auditLogId: string | null;
}

/** One line per outcome, for logs and the command line. */
export function summarizeStixImport(report: StixImportReport): string {
  return `created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}, skipped ${report.skipped.length}, unknown ${report.unknown.length}, warnings ${report.warnings.length}`;
}
