import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { outboxVisible } from "~/lib/email.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { SectionNav } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop", "checkout"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:admin:org");
  return {
    can: {
      organisations: rolesGrant(user.roles, "read:organisation:org"),
      users: rolesGrant(user.roles, "read:user:org"),
      audit: rolesGrant(user.roles, "read:audit:org"),
      outbox: rolesGrant(user.roles, "read:outbox:any") && outboxVisible(),
      orders: rolesGrant(user.roles, "read:order:org"),
      catalog: rolesGrant(user.roles, "manage:catalog:any"),
      rates: rolesGrant(user.roles, "manage:exchange-rate:any"),
      shipping: rolesGrant(user.roles, "manage:shipping:any"),
    },
  };
}

export default function AdminLayout() {
  const { t } = useTranslation("admin");
  const { can } = useLoaderData<typeof loader>();
  const links = [
    { to: "/admin", label: t("nav.overview"), end: true },
    ...(can.organisations ? [{ to: "/admin/organisations", label: t("nav.organisations") }] : []),
    ...(can.users ? [{ to: "/admin/users", label: t("nav.users") }] : []),
    ...(can.audit ? [{ to: "/admin/audit", label: t("nav.audit") }] : []),
    ...(can.orders ? [{ to: "/admin/orders", label: t("nav.orders") }] : []),
    ...(can.catalog ? [{ to: "/admin/categories", label: t("nav.categories") }] : []),
    ...(can.rates ? [{ to: "/admin/exchange-rates", label: t("nav.exchangeRates") }] : []),
    ...(can.shipping ? [{ to: "/admin/shipping", label: t("nav.shipping") }] : []),
    ...(can.outbox ? [{ to: "/admin/outbox", label: t("nav.outbox") }] : []),
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
