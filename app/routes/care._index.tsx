import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { AreaHome } from "~/ui/area-home";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const t = await getTranslator(await getLanguage(request));
  return { title: t("areas:care.title"), name: user.name, organisations: [...new Set(user.memberships.map((m) => m.organisationName))] };
}

export default function CareHome() {
  const { t } = useTranslation("areas");
  const { name, organisations } = useLoaderData<typeof loader>();
  return (
    <AreaHome
      title={t("care.title")}
      intro={t("care.intro", { name, organisations: organisations.join(", ") })}
      comingTitle={t("comingTitle")}
      coming={[t("care.coming.beneficiaries"), t("care.coming.cases"), t("care.coming.referrals"), t("care.coming.reintegration")]}
    />
  );
}
