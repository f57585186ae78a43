import type { SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { postedFile, readForm } from "~/lib/multipart.server";
import { parseForm } from "~/lib/validation";
import { listCategories } from "~/modules/catalog/index.server";
import type { Refusal } from "~/modules/identity/outcome";
import { MAX_IMAGE_BYTES } from "~/modules/media/index.server";
import {
  addVariant,
  archiveListing,
  listingForEdit,
  removeVariant,
  requireStudioActor,
  restoreListing,
  submitListing,
  updateListing,
  updateVariant,
  uploadTarget,
} from "~/modules/studio/index.server";
import { ListingSchema, VariantSchema } from "~/modules/studio/listing-schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ListingForm } from "~/ui/listing-form";
import { ListingStatusPanel } from "~/ui/listing-status";
import { Notice } from "~/ui/page";
import { VariantEditor } from "~/ui/variant-editor";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const language = await getLanguage(request);
  const [listing, categories, t] = await Promise.all([listingForEdit(actor, params.productId ?? ""), listCategories(language), getTranslator(language)]);
  if (!listing) throw notFound();
  return {
    title: t("studio:listing.editTitle", { title: listing.values.titleEn }),
    listing,
    categories: categories.map((category) => ({ id: category.id, name: category.name })),
    uploadTarget: uploadTarget(),
  };
}

/** A refusal, addressed to the form that asked: the details, one variant, the new variant, or the status buttons. */
type Answer = { intent: string; variantId?: string; result?: SubmissionResult<string[]>; formErrors?: string[] };

function refused(intent: string, submission: ReturnType<typeof parseForm>, refusal?: Refusal, variantId?: string) {
  const result = refusal ? submission.reply({ fieldErrors: refusal.fieldErrors, formErrors: refusal.formErrors }) : submission.reply();
  return data<Answer>({ intent, variantId, result }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const productId = params.productId ?? "";
  const back = (done: string) => redirect(`/studio/listings/${productId}?done=${done}`);
  const form = await readForm(request, { maxFileBytes: MAX_IMAGE_BYTES });
  const intent = String(form.formData.get("intent") ?? "");
  const variantId = String(form.formData.get("variantId") ?? "");

  switch (intent) {
    case "details": {
      const submission = parseForm(form.formData, ListingSchema);
      if (submission.status !== "success") return refused(intent, submission);
      const outcome = await updateListing(actor, productId, submission.value, await postedFile(form, "photo"));
      if (!outcome) throw notFound();
      if (!outcome.ok) return refused(intent, submission, outcome);
      return back(outcome.status === "pending_approval" ? "savedForReview" : "saved");
    }
    case "variant":
    case "addVariant": {
      const submission = parseForm(form.formData, VariantSchema);
      if (submission.status !== "success") return refused(intent, submission, undefined, variantId);
      const outcome = intent === "variant" ? await updateVariant(actor, productId, variantId, submission.value) : await addVariant(actor, productId, submission.value);
      if (!outcome) throw notFound();
      if (!outcome.ok) return refused(intent, submission, outcome, variantId);
      return back(intent === "variant" ? "variantSaved" : "variantAdded");
    }
    case "removeVariant": {
      const outcome = await removeVariant(actor, productId, variantId);
      if (!outcome) throw notFound();
      if (!outcome.ok) return refused("variant", parseForm(form.formData, VariantSchema), outcome, variantId);
      return back("variantRemoved");
    }
    case "submit":
    case "archive":
    case "restore": {
      const change = { submit: submitListing, archive: archiveListing, restore: restoreListing }[intent];
      const outcome = await change(actor, productId);
      if (!outcome) throw notFound();
      if (!outcome.ok) return data<Answer>({ intent: "status", formErrors: outcome.formErrors }, { status: 400 });
      const done = intent === "submit" ? ("status" in outcome && outcome.status === "active" ? "published" : "sent") : intent === "archive" ? "archived" : "restored";
      return back(done);
    }
    default:
      throw new Response(null, { status: 400 });
  }
}

export default function EditListing() {
  const { t } = useTranslation("studio");
  const { listing, categories, uploadTarget } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const answer = (intent: string, variantId?: string) => (actionData && actionData.intent === intent && (variantId === undefined || actionData.variantId === variantId) ? actionData.result : undefined);
  return (
    <div className="space-y-8">
      <p>
        <Link to="/studio/listings">{t("listing.backToList")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{listing.values.titleEn}</h1>
        {listing.maker ? <p className="text-stone-700">{t("listing.byMaker", { name: listing.maker.displayName, organisation: listing.organisationName })}</p> : null}
      </div>
      {done ? <Notice>{t(`done.${done}` as never)}</Notice> : null}
      <ListingStatusPanel
        state={listing.state}
        reviewComment={listing.reviewComment}
        trusted={listing.trusted}
        shopUrl={listing.state === "active" ? `/products/${encodeURIComponent(listing.slug)}` : null}
        previewUrl={`/studio/listings/${listing.id}/preview`}
        errors={actionData?.intent === "status" ? actionData.formErrors : undefined}
      />

      <section aria-labelledby="details-title" className="space-y-4">
        <h2 id="details-title" className="text-xl font-semibold">
          {t("listing.detailsTitle")}
        </h2>
        <ListingForm
          lastResult={answer("details")}
          defaults={listing.values}
          categories={categories}
          makers={[]}
          photos={listing.photos}
          uploadTarget={uploadTarget}
          withFirstVariant={false}
          submitLabel={t("listing.save")}
        />
      </section>
      <section aria-labelledby="variants-title" className="space-y-4">
        <h2 id="variants-title" className="text-xl font-semibold">
          {t("variant.title")}
        </h2>
        <p className="text-stone-700">{t("variant.intro")}</p>
        {listing.variants.length === 0 ? <p className="font-semibold">{t("variant.none")}</p> : null}
        <ul className="space-y-4">
          {listing.variants.map((variant, index) => (
            <li key={variant.id} className="rounded-md border border-stone-300 bg-white p-4">
              <h3 className="mb-3 font-semibold">{t("variant.number", { number: index + 1, name: variant.optionEn })}</h3>
              <VariantEditor variant={variant} title={t("variant.number", { number: index + 1, name: variant.optionEn })} lastResult={answer("variant", variant.id)} />
            </li>
          ))}
        </ul>
        <details className="rounded-md border border-dashed border-stone-500 bg-white p-4" open={Boolean(answer("addVariant")) || listing.variants.length === 0}>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("variant.addTitle")}</summary>
          <div className="mt-3">
            <VariantEditor title={t("variant.addTitle")} lastResult={answer("addVariant")} />
          </div>
        </details>
      </section>

    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
