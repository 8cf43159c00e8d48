"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { detectFileHeader, missingMappedFields, type HeaderDetection } from "@/lib/import/header-detection.ts";
import { Platform } from "@/lib/db/generated/sqlite/enums.ts";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "@/lib/import/post-fields.ts";
import { ImportProgressView, type ImportStatus } from "./import-progress-view.tsx";

// The generated enums module is plain constants, safe in the browser bundle.
const PLATFORMS = Object.values(Platform);
const FORMAT_LABELS = {
  auto: "Detect from the header",
  csv: "Campaign Tracker CSV",
  ndjson: "Campaign Tracker NDJSON",
  "x-io": "X/Twitter information-operations archive",
  mapped: "Other CSV (map its columns)",
} as const;
type UploadFormat = keyof typeof FORMAT_LABELS;

const POLL_MS = 400;

/** The report the upload request answers once the file is read (see lib/import/import-posts.ts). */
interface FinalReport {
  outcome: "completed" | "failed" | "cancelled";
  rowsRead: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  committedThroughLine: number;
  seconds: number;
  rowsPerSecond: number;
  error: { message: string } | null;
}

/**
 * Uploads a file of posts into a campaign: reads its header in the browser to pick the format
 * (or to map another tool's columns), registers the import, streams the file, and polls the
 * server for rows processed, rate and time left while it runs.
 */
export function ImportUploader({ campaignSlug, campaignName }: { campaignSlug: string; campaignName: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [detection, setDetection] = useState<HeaderDetection | null>(null);
  const [format, setFormat] = useState<UploadFormat>("auto");
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string>>>({});
  const [constantPlatform, setConstantPlatform] = useState<string>("");
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [report, setReport] = useState<FinalReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const upload = useRef<AbortController | null>(null);

  // Polls the job while the upload runs; the final report replaces it.
  useEffect(() => {
    if (!jobId || !running) return;
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(`/api/imports/${jobId}`, { cache: "no-store" });
        if (response.ok && !stopped) setStatus((await response.json()) as ImportStatus);
      } catch {
        // The next tick tries again; the upload's own answer is what counts.
      }
    };
    void tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId, running]);

  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    setReport(null);
    setStatus(null);
    setProblem(null);
    setJobId(null);
    if (!chosen) return setDetection(null);
    const head = new Uint8Array(await chosen.slice(0, 64 * 1024).arrayBuffer());
    const found = await detectFileHeader(chosen.name, head);
    setDetection(found);
    setMapping(found.mapping);
    setFormat(found.format === "mapped" ? "mapped" : "auto");
  }

  const effectiveFormat: UploadFormat = format === "auto" && detection?.format === "ndjson" ? "ndjson" : format;
  const missing = effectiveFormat === "mapped" ? missingMappedFields(mapping, constantPlatform !== "") : [];

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (!file || missing.length > 0) return;
    setProblem(null);
    setReport(null);
    setStatus(null);
    const settings = {
      fileName: file.name,
      totalBytes: file.size,
      format: effectiveFormat,
      ...(effectiveFormat === "mapped"
        ? {
            mapping: {
              columns: Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)),
              ...(constantPlatform ? { platform: constantPlatform } : {}),
            },
          }
        : {}),
    };
    const created = await fetch(`/api/campaigns/${encodeURIComponent(campaignSlug)}/imports`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(settings),
    });
    const body = (await created.json().catch(() => ({}))) as { id?: string; error?: string; fieldErrors?: Record<string, string[]> };
    if (!created.ok || !body.id) {
      const fields = body.fieldErrors ? Object.entries(body.fieldErrors).map(([f, m]) => `${f} ${m.join(", ")}`).join("; ") : "";
      setProblem(`${body.error ?? `The import could not start (HTTP ${created.status}).`}${fields ? ` ${fields}` : ""}`);
      return;
    }
    setJobId(body.id);
    setRunning(true);
    upload.current = new AbortController();
    try {
      const response = await fetch(`/api/imports/${body.id}/file`, {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream" },
        body: file,
        signal: upload.current.signal,
      });
      const final = (await response.json().catch(() => null)) as (FinalReport & { error?: unknown }) | null;
      if (final && "outcome" in final) setReport(final);
      else setProblem(`The upload was refused (HTTP ${response.status}).`);
    } catch {
      setProblem("The upload stopped before the server answered. The import's record below says what was stored.");
    } finally {
      setRunning(false);
      // Last look at the job row: it is the record of what was stored.
      const last = await fetch(`/api/imports/${body.id}`, { cache: "no-store" }).catch(() => null);
      if (last?.ok) setStatus((await last.json()) as ImportStatus);
      router.refresh();
    }
  }

  async function cancel() {
    if (!jobId) return;
    await fetch(`/api/imports/${jobId}/cancel`, { method: "POST" }).catch(() => null);
  }

  return (
    <div className="panel">
      <form className="stacked-form" onSubmit={start} aria-describedby="import-help">
        <p id="import-help" className="muted">
          Posts go into <strong>{campaignName}</strong>. Files are read as a stream and stored in batches of 5,000 rows; posts already stored
          (same platform and id) are skipped, so uploading the same file again resumes an import that stopped.
        </p>
        <label>
          File (CSV or NDJSON)
          <input type="file" name="file" accept=".csv,.tsv,.txt,.ndjson,.jsonl,text/csv,application/x-ndjson" required disabled={running} onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)} />
        </label>
        {detection ? (
          <p data-testid="detected-format">
            {detection.format === "ndjson"
              ? "NDJSON file."
              : detection.format === "mapped"
                ? `Header not recognised (${detection.columns.length} columns): map its columns below.`
                : `Header recognised: ${FORMAT_LABELS[detection.format]}.`}
          </p>
        ) : null}
        <label>
          Format
          <select name="format" value={format} disabled={running} onChange={(e) => setFormat(e.target.value as UploadFormat)}>
            {Object.entries(FORMAT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {effectiveFormat === "mapped" && detection ? (
          <fieldset className="mapping" disabled={running}>
            <legend>Column mapping</legend>
            <p className="muted">Choose the column that holds each field. Required fields are marked *.</p>
            <label>
              Every row&apos;s platform (when the file has no platform column)
              <select value={constantPlatform} onChange={(e) => setConstantPlatform(e.target.value)}>
                <option value="">(read from a column)</option>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <div className="mapping-grid">
              {IMPORT_FIELDS.map((field) => (
                <label key={field}>
                  {field}
                  {REQUIRED_FIELDS.includes(field) ? " *" : ""}
                  <select
                    name={`map-${field}`}
                    value={mapping[field] ?? ""}
                    onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value || undefined }))}
                    aria-invalid={missing.includes(field)}
                  >
                    <option value="">(none)</option>
                    {detection.columns.map((column, i) => (
                      <option key={`${column}-${i}`} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {missing.length > 0 ? (
              <p className="form-error" role="alert">
                Map a column to: {missing.join(", ")}.
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <div className="filter-actions">
          <button type="submit" disabled={!file || running || missing.length > 0}>
            Import
          </button>
          {running ? (
            <button type="button" onClick={() => void cancel()}>
              Cancel import
            </button>
          ) : null}
        </div>
      </form>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {status || report ? <ImportProgressView status={status} report={report} running={running} /> : null}
      {report && jobId ? (
        <p>
          {report.rejected > 0 ? (
            <>
              <a href={`/api/imports/${jobId}/rejected`} download>
                {report.rejected === 1 ? "Download the rejected row (CSV)" : `Download the ${report.rejected.toLocaleString("en")} rejected rows (CSV)`}
              </a>{" "}
              ·{" "}
            </>
          ) : null}
          <Link href={`/campaigns/${campaignSlug}`}>Open the campaign dashboard</Link>
        </p>
      ) : null}
    </div>
  );
}
