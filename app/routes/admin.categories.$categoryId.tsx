import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { isUuid, parseForm } from "~/lib/validation";
import { categoryForAdmin, saveCategory } from "~/modules/catalog/categories-admin.server";
import { CategorySchema } from "~/modules/catalog/category-schema";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { CategoryForm } from "~/ui/category-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function findCategory(id: string | undefined) {
  const category = isUuid(id) ? await categoryForAdmin(id) : null;
  if (!category) throw notFound();
  return category;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:catalog:any");
  const category = await findCategory(params.categoryId);
  const t = await getTranslator(await getLanguage(request));
  return { title: t("adminShop:categories.editTitle", { name: category.nameEn }), category };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:catalog:any");
  const category = await findCategory(params.categoryId);
  const submission = parseForm(await request.formData(), CategorySchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await saveCategory(category.id, submission.value, { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }) }, { status: 400 });
  return redirect("/admin/categories?saved=1");
}

export default function EditCategory() {
  const { t } = useTranslation(["adminShop", "common"]);
  const { category } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/categories">{t("categories.backToList")}</Link>
      </p>
      <PageHeader title={t("categories.editTitle", { name: category.nameEn })} />
      <CategoryForm lastResult={actionData?.result} defaults={category} submitLabel={t("common:actions.save")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
