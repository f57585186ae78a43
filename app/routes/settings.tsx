import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/modules/identity/index.server";
import { SectionNav } from "~/ui/page";

export const handle = { i18n: ["common", "settings", "auth"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function SettingsLayout() {
  const { t } = useTranslation("settings");
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 lg:grid-cols-[14rem_1fr]">
      <SectionNav
        label={t("nav.label")}
        links={[
          { to: "/settings", label: t("nav.profile"), end: true },
          { to: "/settings/password", label: t("nav.password") },
          { to: "/settings/two-factor", label: t("nav.twoFactor") },
        ]}
      />
      <div>
        <Outlet />
      </div>
    </div>
  );
}
