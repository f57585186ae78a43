import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:admin:org");
  const t = await getTranslator(await getLanguage(request));
  return { title: t("admin:overview.title"), name: user.name };
}

export default function AdminOverview() {
  const { t } = useTranslation("admin");
  const { name } = useLoaderData<typeof loader>();
  return <PageHeader title={t("overview.title")} description={t("overview.intro", { name })} />;
}
