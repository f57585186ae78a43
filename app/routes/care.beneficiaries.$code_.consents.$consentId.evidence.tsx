import type { LoaderFunctionArgs } from "@remix-run/node";
import { clientIp, notFound } from "~/lib/http.server";
import { isUuid } from "~/lib/validation";
import { evidenceForViewer, requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";

/** A consent's evidence file, decrypted for the person's team; each look audited, nothing cached. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:beneficiary:own");
  const found = await requireTeamAccess(request, user, params.code);
  const file = isUuid(params.consentId) ? await evidenceForViewer(user, found, params.consentId, clientIp(request)) : null;
  if (!file) throw notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `inline; filename="${found.beneficiary.code}-consent-evidence.${file.contentType === "application/pdf" ? "pdf" : file.contentType === "image/png" ? "png" : "jpg"}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
