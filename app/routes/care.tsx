import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countUnread } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SectionNav } from "~/ui/page";

/** Care staff work at desks with the whole area's strings loaded at once. */
export const handle = { i18n: ["common", "care", "careBeneficiaries", "careCases", "careReferrals", "carePlans", "careTraining", "careClaims", "careAssessments", "careAlerts", "careOutcomes", "careExports"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  return {
    unread: await countUnread(user.id),
    can: {
      register: rolesGrant(user.roles, "create:beneficiary:org"),
      checklists: rolesGrant(user.roles, "manage:checklist:org"),
      directory: rolesGrant(user.roles, "read:directory:own"),
      training: rolesGrant(user.roles, "manage:enrolment:own") || rolesGrant(user.roles, "manage:course:own"),
      outcomes: rolesGrant(user.roles, "read:outcomes:org"),
      exports: rolesGrant(user.roles, "export:deidentified:org"),
    },
  };
}

export default function CareLayout() {
  const { t } = useTranslation("care");
  const { unread, can } = useLoaderData<typeof loader>();
  const links = [
    { to: "/care", label: t("nav.home"), end: true },
    { to: "/care/cases", label: t("nav.cases") },
    ...(can.register ? [{ to: "/care/beneficiaries", label: t("nav.beneficiaries") }] : []),
    { to: "/care/referrals", label: t("nav.referrals") },
    ...(can.directory ? [{ to: "/care/directory", label: t("nav.directory") }] : []),
    ...(can.training ? [{ to: "/care/training", label: t("nav.training") }] : []),
    ...(can.outcomes ? [{ to: "/care/outcomes", label: t("nav.outcomes") }] : []),
    ...(can.exports ? [{ to: "/care/exports", label: t("nav.exports") }] : []),
    {
      to: "/care/notifications",
      label: (
        <>
          {t("nav.notifications")}
          {unread ? <span className="ml-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs text-white">{t("nav.unread", { count: unread })}</span> : null}
        </>
      ),
    },
    ...(can.checklists ? [{ to: "/care/settings/checklists", label: t("nav.settings") }] : []),
  ];
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[14rem_1fr]">
      <SectionNav label={t("nav.label")} links={links} />
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
