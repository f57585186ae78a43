import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { makersForConnect } from "~/modules/orders/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["fulfilment"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:maker:own");
  const actor = { userId: user.id, organisationIds: organisationScope(user, "manage:maker:org"), ip: clientIp(request) };
  const t = await getTranslator(await getLanguage(request));
  return { title: t("fulfilment:connect.listTitle"), makers: await makersForConnect(actor) };
}

export default function ConnectMakers() {
  const { t } = useTranslation("fulfilment");
  const { makers } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <PageHeader title={t("connect.listTitle")} description={t("connect.listIntro")} />
      {makers.length === 0 ? (
        <p>{t("connect.noMakers")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {makers.map((maker) => (
            <li key={maker.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <span>
                <span className="block font-semibold">{maker.displayName}</span>
                <span className="block text-sm text-stone-700">
                  {maker.organisationName} · {t(`connect.state.${maker.state}`)}
                </span>
              </span>
              <Link to={`/studio/makers/${maker.id}/connect`} className={buttonClass[maker.state === "ready" ? "secondary" : "primary"]}>
                {t(`connect.open.${maker.state}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
