import { csvLines } from "../format/csv.ts";

/**
 * A CSV body that asks `pages` for the next batch of rows only when the reader wants more
 * (pull), so a million rows never sit in memory and a slow client slows the queries down
 * rather than buffering. Cells go through csvCell (quoting, formula defusing).
 */
export function csvStream(header: readonly string[], pages: AsyncIterator<readonly (readonly unknown[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csvLines([header])));
      },
      async pull(controller) {
        // Skip empty batches so every pull enqueues something or closes.
        for (;;) {
          const next = await pages.next();
          if (next.done) {
            controller.close();
            return;
          }
          if (next.value.length > 0) {
            controller.enqueue(encoder.encode(csvLines(next.value)));
            return;
          }
        }
      },
      async cancel() {
        await pages.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
