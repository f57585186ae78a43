import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { countAuditEventsSince } from "~/modules/audit/index.server";
import { countActiveUsers, countOrganisations, organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const DAY_MS = 24 * 60 * 60 * 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:admin:org");
  const t = await getTranslator(await getLanguage(request));
  const auditScope = organisationScope(user, "read:audit:org");
  const [organisations, people, auditEvents] = await Promise.all([
    rolesGrant(user.roles, "read:organisation:org") ? countOrganisations(organisationScope(user, "read:organisation:org")) : null,
    rolesGrant(user.roles, "read:user:org") ? countActiveUsers(organisationScope(user, "read:user:org")) : null,
    rolesGrant(user.roles, "read:audit:org")
      ? countAuditEventsSince(new Date(Date.now() - DAY_MS), auditScope === "any" ? undefined : auditScope)
      : null,
  ]);
  return { title: t("admin:overview.title"), name: user.name, counts: { organisations, people, auditEvents } };
}

export default function AdminOverview() {
  const { t } = useTranslation("admin");
  const { name, counts } = useLoaderData<typeof loader>();
  const cards = [
    { count: counts.organisations, label: t("overview.organisations"), to: "/admin/organisations" },
    { count: counts.people, label: t("overview.people"), to: "/admin/users?status=active" },
    { count: counts.auditEvents, label: t("overview.auditEvents"), to: "/admin/audit" },
  ].filter((card): card is { count: number; label: string; to: string } => card.count !== null);
  return (
    <div className="space-y-6">
      <PageHeader title={t("overview.title")} description={t("overview.intro", { name })} />
      <ul className="grid gap-4 sm:grid-cols-3" aria-label={t("overview.countsLabel")}>
        {cards.map((card) => (
          <li key={card.to} className="rounded-md border border-stone-300 bg-white p-4">
            <Link to={card.to} className="block no-underline">
              <span className="block text-3xl font-bold text-stone-900">{card.count}</span>
              <span className="mt-1 block text-brand-800 underline">{card.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
