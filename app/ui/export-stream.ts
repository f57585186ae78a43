/**
 * Reads a streamed CSV response, counting its rows as they arrive (the first line is the header; the
 * export's cells never hold line breaks), so that a progress bar can follow a large export.
 */
const NEWLINE = 10;

export async function readCountingRows(response: Response, onProgress: (rows: number, total: number | null) => void) {
  const total = Number(response.headers.get("X-Total-Rows")) || null;
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) if (byte === NEWLINE) lines += 1;
    onProgress(Math.max(0, lines - 1), total);
  }
  return { chunks, rows: Math.max(0, lines - 1), total };
}

export function fileNameOf(response: Response) {
  return response.headers.get("Content-Disposition")?.match(/filename="([^"]+)"/)?.[1] ?? "export.csv";
}
