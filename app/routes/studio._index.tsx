import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { AreaHome } from "~/ui/area-home";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:studio:own");
  const t = await getTranslator(await getLanguage(request));
  return { title: t("areas:studio.title"), name: user.name };
}

export default function StudioHome() {
  const { t } = useTranslation("areas");
  const { name } = useLoaderData<typeof loader>();
  return (
    <AreaHome
      title={t("studio.title")}
      intro={t("studio.intro", { name })}
      comingTitle={t("comingTitle")}
      coming={[t("studio.coming.listings"), t("studio.coming.orders"), t("studio.coming.earnings")]}
    />
  );
}
