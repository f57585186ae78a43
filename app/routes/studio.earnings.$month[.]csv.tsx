import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/lib/http.server";
import { monthOf, parseMonth } from "~/modules/earnings/calendar";
import { makerForPage, statement, statementCsv, statementFileName } from "~/modules/earnings/index.server";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";

/** /studio/earnings/2026-03.csv: one month's statement as a file, for whoever may read the statement. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:earnings:own");
  const month = parseMonth(params.month);
  if (!month || month > monthOf(new Date())) throw notFound();
  const viewer = { userId: user.id, organisationIds: organisationScope(user, "read:earnings:org") };
  const maker = await makerForPage(viewer, new URL(request.url).searchParams.get("maker") || null);
  if (!maker) throw notFound();
  return new Response(statementCsv(await statement(maker.id, month)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statementFileName(maker.slug, month)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
