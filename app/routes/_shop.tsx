import { Outlet } from "@remix-run/react";

export const handle = { i18n: ["common", "areas", "shop", "checkout"] };

/** The public shop: every page under it is open to anyone, buyers need no account. */
export default function ShopLayout() {
  return <Outlet />;
}
