import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { postedFile, readForm } from "~/lib/multipart.server";
import { parseForm } from "~/lib/validation";
import { listCategories } from "~/modules/catalog/index.server";
import { MAX_IMAGE_BYTES } from "~/modules/media/index.server";
import { actsForOthers, chosenMaker, createListing, makerChoices, requireStudioActor, uploadTarget } from "~/modules/studio/index.server";
import { NewListingSchema } from "~/modules/studio/listing-schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ListingForm } from "~/ui/listing-form";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const wanted = new URL(request.url).searchParams.get("maker");
  const [categories, makers, maker] = await Promise.all([listCategories(language), actsForOthers(actor) ? makerChoices(actor) : [], chosenMaker(actor, wanted)]);
  return {
    title: t("studio:listing.newTitle"),
    categories: categories.map((category) => ({ id: category.id, name: category.name })),
    makers,
    canList: maker !== null || makers.length > 0,
    defaults: { makerId: maker?.id, originRegion: maker?.region ?? maker?.organisation.region ?? "" },
    uploadTarget: uploadTarget(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const form = await readForm(request, { maxFileBytes: MAX_IMAGE_BYTES });
  const submission = parseForm(form.formData, NewListingSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await createListing(actor, submission.value, await postedFile(form, "photo"));
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/studio/listings/${outcome.id}?done=created`);
}

export default function NewListing() {
  const { t } = useTranslation("studio");
  const { categories, makers, canList, defaults, uploadTarget } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/studio/listings">{t("listing.backToList")}</Link>
      </p>
      <PageHeader title={t("listing.newTitle")} description={t("listing.newIntro")} />
      {canList ? (
        <ListingForm
          lastResult={actionData?.result}
          defaults={defaults}
          categories={categories}
          makers={makers}
          photos={[]}
          uploadTarget={uploadTarget}
          withFirstVariant
          submitLabel={t("listing.create")}
        />
      ) : (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3">{t("home.noMaker")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
