import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fileNameOf, readCountingRows } from "./export-stream";

/**
 * Downloads a CSV that a form would post for, as a stream: counts the rows as they arrive against the
 * total the server announced (X-Total-Rows), then saves the file. Without JavaScript the form posts itself.
 */
export type ExportProgress =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number | null }
  | { phase: "done"; total: number }
  | { phase: "failed"; message: string | null };


function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useStreamedDownload() {
  const [progress, setProgress] = useState<ExportProgress>({ phase: "idle" });
  async function download(form: HTMLFormElement) {
    const body = new FormData(form);
    body.set("via", "script");
    setProgress({ phase: "running", done: 0, total: null });
    try {
      const response = await fetch(form.action, { method: "POST", body, headers: { Accept: "text/csv" } });
      if (!response.ok || !response.body || !response.headers.get("Content-Type")?.startsWith("text/csv")) {
        const answer = (await response.json().catch(() => null)) as { message?: string } | null;
        setProgress({ phase: "failed", message: answer?.message ?? null });
        return;
      }
      const { chunks, rows } = await readCountingRows(response, (done, total) => setProgress({ phase: "running", done, total }));
      save(new Blob(chunks as BlobPart[], { type: "text/csv;charset=utf-8" }), fileNameOf(response));
      setProgress({ phase: "done", total: rows });
    } catch {
      setProgress({ phase: "failed", message: null });
    }
  }
  return { progress, download };
}

export function ExportProgressBar({ progress, language }: { progress: ExportProgress; language: string }) {
  const { t } = useTranslation("careExports");
  const number = new Intl.NumberFormat(language === "hi" ? "hi-IN" : "en-IN");
  if (progress.phase === "idle") return <div aria-live="polite" />;
  return (
    <div aria-live="polite" className="space-y-2">
      {progress.phase === "running" ? (
        <>
          <progress
            className="h-3 w-full max-w-md"
            aria-label={t("progress.label")}
            max={progress.total ?? undefined}
            value={progress.total ? progress.done : undefined}
          />
          <p className="text-sm text-stone-700">
            {progress.total === null ? t("progress.preparing") : t("progress.rows", { done: number.format(progress.done), total: number.format(progress.total) })}
          </p>
        </>
      ) : null}
      {progress.phase === "done" ? <p role="status">{t("progress.done", { total: number.format(progress.total) })}</p> : null}
      {progress.phase === "failed" ? (
        <p role="alert" className="text-red-800">
          {progress.message ?? t("progress.failed")}
        </p>
      ) : null}
    </div>
  );
}
