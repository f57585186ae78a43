import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { listZonesForAdmin } from "~/modules/orders/shipping.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Notice, PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:shipping:any");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const zones = await listZonesForAdmin();
  return {
    title: t("adminShop:shipping.title"),
    zones: zones.map((zone) => ({
      id: zone.id,
      name: (language === "hi" ? zone.nameHi : null) ?? zone.nameEn,
      countries: zone.countries.length,
      isDefault: zone.isDefault,
      bands: zone.rates.map((rate) => ({ maxWeightGrams: rate.maxWeightGrams, price: formatMoney(rate.priceInr, "INR", language) })),
    })),
  };
}

export default function ShippingZones() {
  const { t } = useTranslation("adminShop");
  const { zones } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <PageHeader title={t("shipping.title")} description={t("shipping.intro")} />
      {searchParams.get("saved") ? <Notice>{t("shipping.saved")}</Notice> : null}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("shipping.title")}</caption>
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-2 pr-4">{t("shipping.zone")}</th>
            <th scope="col" className="py-2 pr-4">{t("shipping.countries")}</th>
            <th scope="col" className="py-2">{t("shipping.bands")}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => (
            <tr key={zone.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link to={`/admin/shipping/${zone.id}`}>{zone.name}</Link>
              </th>
              <td className="py-2 pr-4">{zone.isDefault ? t("shipping.everywhereElse") : t("shipping.countryCount", { count: zone.countries })}</td>
              <td className="py-2">
                <ul>
                  {zone.bands.map((band) => (
                    <li key={band.maxWeightGrams}>{t("shipping.bandSummary", { grams: band.maxWeightGrams, price: band.price })}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
