import type { ActionFunctionArgs } from "@remix-run/node";
import { clientIp } from "~/lib/http.server";
import { canExport, exportOwnData, requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";

/**
 * A person's own data as a JSON download, made for her on request (POST: a deliberate act, never a link
 * a browser might prefetch). Audited as an export and as a read.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "export:beneficiary:own");
  const found = await requireTeamAccess(request, user, params.code, (found) => canExport(found.access));
  const { fileName, body } = await exportOwnData(user, found, clientIp(request));
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
