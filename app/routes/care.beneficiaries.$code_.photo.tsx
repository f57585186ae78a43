import type { LoaderFunctionArgs } from "@remix-run/node";
import { clientIp, notFound } from "~/lib/http.server";
import { photoForViewer, requireBeneficiaryAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";

/** The person's photo, decrypted only for viewers with the photo permission; each look audited, nothing cached. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:beneficiary-photo:own");
  const found = await requireBeneficiaryAccess(request, user, params.code);
  const file = await photoForViewer(user, found, clientIp(request));
  if (!file) throw notFound();
  return new Response(new Uint8Array(file.data), {
    headers: { "Content-Type": file.contentType, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Disposition": "inline" },
  });
}
