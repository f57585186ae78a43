import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { StudioNav, type StudioNavLink } from "~/ui/studio-nav";

/**
 * The studio area's strings. Its order and earnings pages load theirs when first visited
 * (loadNamespacesFirst), so that the studio home stays light on a phone.
 */
export const handle = { i18n: ["common", "studio"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:studio:own");
  return {
    can: {
      listings: rolesGrant(user.roles, "manage:listing:own"),
      orders: rolesGrant(user.roles, "fulfil:order-line:own"),
      earnings: rolesGrant(user.roles, "read:earnings:own"),
      review: rolesGrant(user.roles, "approve:listing:org"),
      payouts: rolesGrant(user.roles, "record:payout:org"),
      profile: rolesGrant(user.roles, "manage:maker:own"),
    },
  };
}

export default function StudioLayout() {
  const { t } = useTranslation("studio");
  const { can } = useLoaderData<typeof loader>();
  const links: StudioNavLink[] = [
    { to: "/studio", label: t("nav.home"), icon: "home", end: true },
    ...(can.listings ? [{ to: "/studio/listings", label: t("nav.listings"), icon: "listings" as const }] : []),
    ...(can.review ? [{ to: "/studio/review", label: t("nav.review"), icon: "review" as const }] : []),
    ...(can.orders ? [{ to: "/studio/orders", label: t("nav.orders"), icon: "orders" as const }] : []),
    ...(can.earnings ? [{ to: "/studio/earnings", label: t("nav.earnings"), icon: "earnings" as const }] : []),
    ...(can.payouts ? [{ to: "/studio/payouts", label: t("nav.payouts"), icon: "payouts" as const }] : []),
    ...(can.profile ? [{ to: "/studio/profile", label: t("nav.profile"), icon: "profile" as const }] : []),
  ];
  return (
    <div className="flex min-h-full flex-col">
      <StudioNav label={t("nav.label")} links={links} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
