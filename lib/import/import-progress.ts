/** What the importer reports while it runs. */
export interface ImportProgress {
  rowsProcessed: number;
  bytesRead: number;
  /** Size of the file, when known. */
  totalBytes: number | null;
  /** Rows per second since the start. */
  rate: number;
  /** Seconds left, estimated from bytes read; null when the size is unknown. */
  etaSeconds: number | null;
  done: boolean;
}

export const PROGRESS_INTERVAL_MS = 200;

/**
 * Counts rows and bytes and calls `onProgress` at most every `intervalMs` (and once at the
 * end), so a fast import does not spend its time reporting.
 */
export class ProgressMeter {
  rows = 0;
  bytes = 0;
  private readonly started: number;
  private last = -Infinity;

  constructor(
    private readonly totalBytes: number | null,
    private readonly onProgress?: (progress: ImportProgress) => void,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  row(): void {
    this.rows++;
    if (!this.onProgress) return;
    const t = this.now();
    if (t - this.last >= this.intervalMs) {
      this.last = t;
      this.onProgress(this.snapshot(false, t));
    }
  }

  finish(): ImportProgress {
    const progress = this.snapshot(true, this.now());
    this.onProgress?.(progress);
    return progress;
  }

  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }

  private snapshot(done: boolean, t: number): ImportProgress {
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? this.rows / seconds : 0;
    let etaSeconds: number | null = null;
    if (this.totalBytes && this.bytes > 0 && seconds > 0) {
      etaSeconds = done ? 0 : Math.max(0, ((this.totalBytes - this.bytes) / this.bytes) * seconds);
    }
    return { rowsProcessed: this.rows, bytesRead: this.bytes, totalBytes: this.totalBytes, rate, etaSeconds, done };
  }
}
