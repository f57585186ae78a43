import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { saveCategory } from "~/modules/catalog/categories-admin.server";
import { CategorySchema } from "~/modules/catalog/category-schema";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { CategoryForm } from "~/ui/category-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:catalog:any");
  const t = await getTranslator(await getLanguage(request));
  return { title: t("adminShop:categories.new") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:catalog:any");
  const submission = parseForm(await request.formData(), CategorySchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await saveCategory(null, submission.value, { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }) }, { status: 400 });
  return redirect("/admin/categories?saved=1");
}

export default function NewCategory() {
  const { t } = useTranslation(["adminShop", "common"]);
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/categories">{t("categories.backToList")}</Link>
      </p>
      <PageHeader title={t("categories.new")} />
      <CategoryForm lastResult={actionData?.result} submitLabel={t("common:actions.create")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
