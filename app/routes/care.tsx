import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireUserWithPermission } from "~/modules/identity/index.server";

export const handle = { i18n: ["common", "areas"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "access:care:own");
  return null;
}

export default function CareLayout() {
  return <Outlet />;
}
