import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { listCategoriesForAdmin } from "~/modules/catalog/categories-admin.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Notice, PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:catalog:any");
  const t = await getTranslator(await getLanguage(request));
  const categories = await listCategoriesForAdmin();
  return {
    title: t("adminShop:categories.title"),
    categories: categories.map((category) => ({ id: category.id, slug: category.slug, nameEn: category.nameEn, nameHi: category.nameHi, products: category._count.products })),
  };
}

export default function Categories() {
  const { t } = useTranslation("adminShop");
  const { categories } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("categories.title")}
        description={t("categories.intro")}
        actions={
          <Link to="/admin/categories/new" className={buttonClass.primary}>
            {t("categories.new")}
          </Link>
        }
      />
      {searchParams.get("saved") ? <Notice>{t("categories.saved")}</Notice> : null}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("categories.title")}</caption>
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-2 pr-4">{t("categories.nameEn")}</th>
            <th scope="col" className="py-2 pr-4">{t("categories.nameHi")}</th>
            <th scope="col" className="py-2 pr-4">{t("categories.slug")}</th>
            <th scope="col" className="py-2">{t("categories.products")}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link to={`/admin/categories/${category.id}`}>{category.nameEn}</Link>
              </th>
              <td className="py-2 pr-4" lang="hi">
                {category.nameHi ?? "—"}
              </td>
              <td className="py-2 pr-4 font-mono">{category.slug}</td>
              <td className="py-2">{category.products}</td>
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
