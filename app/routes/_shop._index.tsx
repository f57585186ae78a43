import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { AreaHome } from "~/ui/area-home";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Reweave" },
  { name: "description", content: data?.description },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getTranslator(await getLanguage(request));
  return { title: t("areas:shop.metaTitle"), description: t("areas:shop.intro") };
}

export default function ShopHome() {
  const { t } = useTranslation("areas");
  return (
    <AreaHome
      title={t("shop.title")}
      intro={t("shop.intro")}
      comingTitle={t("comingTitle")}
      coming={[t("shop.coming.catalog"), t("shop.coming.stories"), t("shop.coming.checkout")]}
    />
  );
}
