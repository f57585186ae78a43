import type { ActionFunctionArgs } from "@remix-run/node";
import { clientIp, redirectTo } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { parseForm } from "~/lib/validation";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { deidentifiedExport, EXPORT_PERMISSION, mayExport } from "~/modules/reintegration/index.server";
import { EXPORT_K } from "~/modules/reintegration/export-suppression";
import { ExportRequestSchema } from "~/modules/reintegration/export-schema";

/**
 * The de-identified CSV (decision 0013), by POST only: a deliberate act, never a link a browser might
 * prefetch. The page's script reads it as a stream, with X-Total-Rows for its progress bar.
 */
export async function loader() {
  return redirectTo("/care/exports");
}

async function refusal(request: Request, script: boolean, key: "organisation" | "tooFew", organisationId?: string) {
  if (script || key === "organisation") {
    const t = await getTranslator(await getLanguage(request));
    return Response.json({ message: t(`careExports:errors.${key}`, { k: EXPORT_K }) }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return redirectTo(`/care/exports?refused=${key}&organisation=${organisationId}`, { status: 303 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, EXPORT_PERMISSION);
  const form = await request.formData();
  const script = form.get("via") === "script";
  const submission = parseForm(form, ExportRequestSchema);
  if (submission.status !== "success") return refusal(request, script, "organisation");
  const { organisation } = submission.value;
  // Another organisation's people: refused and audited like any missing permission.
  if (!mayExport(user, organisation)) await requireUserWithPermission(request, EXPORT_PERMISSION, { organisationId: organisation });
  const outcome = await deidentifiedExport(user, organisation, clientIp(request));
  if (!outcome.ok) return refusal(request, script, outcome.error, organisation);
  return new Response(outcome.stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${outcome.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Total-Rows": String(outcome.total),
    },
  });
}
