import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { rolesGrant } from "~/modules/identity/permissions";
import type { Role } from "~/modules/identity/roles";
import type { Currency } from "~/lib/money";
import { CurrencySwitch } from "./currency-switch";
import { LanguageSwitch } from "./language-switch";

export interface HeaderUser {
  name: string;
  roles: Role[];
}

const AREAS = [
  { to: "/studio", key: "nav.studio", permission: "access:studio:own" },
  { to: "/care", key: "nav.care", permission: "access:care:own" },
  { to: "/admin", key: "nav.admin", permission: "access:admin:org" },
] as const;

export function SiteHeader({ user, currency, currencies, cartCount = 0 }: { user: HeaderUser | null; currency: Currency; currencies: readonly Currency[]; cartCount?: number }) {
  const { t } = useTranslation();
  const areas = user ? AREAS.filter((area) => rolesGrant(user.roles, area.permission)) : [];
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <Link to="/" reloadDocument className="text-xl font-bold text-brand-900 no-underline">
          {t("brand")}
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-1">
          <NavLink to="/" end reloadDocument className="rounded px-2 py-2 text-sm text-stone-800 aria-[current=page]:font-bold">
            {t("nav.shop")}
          </NavLink>
          <NavLink to="/products" reloadDocument className="rounded px-2 py-2 text-sm text-stone-800 aria-[current=page]:font-bold">
            {t("nav.products")}
          </NavLink>
          {/* Each area loads its own strings: moving between areas is a full page load. */}
          {areas.map((area) => (
            <NavLink key={area.to} to={area.to} reloadDocument className="rounded px-2 py-2 text-sm text-stone-800 aria-[current=page]:font-bold">
              {t(area.key)}
            </NavLink>
          ))}
        </nav>
        <div className="flex flex-wrap items-center gap-x-2">
          <NavLink to="/cart" reloadDocument className="rounded px-2 py-2 text-sm text-stone-800 aria-[current=page]:font-bold">
            {t("nav.cart", { count: cartCount })}
          </NavLink>
          <CurrencySwitch current={currency} currencies={currencies} />
          <LanguageSwitch />
          {user ? (
            <>
              <Link to="/settings" reloadDocument className="max-w-[14rem] truncate text-sm" aria-label={t("nav.settings", { name: user.name })}>
                {user.name}
              </Link>
              <Form method="post" action="/logout" reloadDocument>
                <button type="submit" className="min-h-11 rounded px-2 text-sm text-stone-800 underline hover:bg-stone-100">
                  {t("nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <Link to="/login" reloadDocument className="text-sm">
              {t("nav.login")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
