import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { GALLERY_WIDTHS, shownImage } from "~/modules/catalog/index.server";
import { approveListing, listingPreview, requireStudioActor, returnListing } from "~/modules/studio/index.server";
import { ReturnListingSchema } from "~/modules/studio/listing-schemas";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { StateBadge } from "~/ui/listing-status";
import { ProductImage } from "~/ui/product-image";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "approve:listing:org");
  const language = await getLanguage(request);
  const preview = await listingPreview(actor, params.productId ?? "", language, "review");
  if (!preview) throw notFound();
  const t = await getTranslator(language);
  const { product } = preview;
  return {
    title: t("studio:review.itemTitle", { title: product.title }),
    id: product.id,
    state: preview.state,
    written: preview.written,
    makerName: preview.makerName,
    organisationName: product.organisationName,
    submittedAt: preview.submittedAt ? formatDateTime(preview.submittedAt, language) : null,
    category: product.category.name,
    materials: product.materials,
    originRegion: product.originRegion,
    images: product.images.map((image) => shownImage(image, GALLERY_WIDTHS)!),
    variants: product.variants.map((variant) => ({ id: variant.id, option: variant.option, price: formatMoney(variant.priceInr, "INR", language), stock: variant.stock, weightGrams: variant.weightGrams })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStudioActor(request, "approve:listing:org");
  const productId = params.productId ?? "";
  const formData = await request.formData();
  if (formData.get("intent") === "approve") {
    const outcome = await approveListing(actor, productId);
    if (!outcome) throw notFound();
    if (!outcome.ok) return data({ intent: "approve" as const, result: parseForm(formData, ReturnListingSchema).reply({ formErrors: outcome.formErrors }) }, { status: 400 });
    return redirect("/studio/review?done=approved");
  }
  const submission = parseForm(formData, ReturnListingSchema);
  if (submission.status !== "success") return data({ intent: "return" as const, result: submission.reply() }, { status: 400 });
  const outcome = await returnListing(actor, productId, submission.value.comment);
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ intent: "return" as const, result: submission.reply({ formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect("/studio/review?done=returned");
}

export default function ReviewListing() {
  const { t } = useTranslation("studio");
  const listing = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "return",
    lastResult: actionData?.intent === "return" ? actionData.result : undefined,
    constraint: getZodConstraint(ReturnListingSchema),
    onValidate: ({ formData }) => parseForm(formData, ReturnListingSchema),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/studio/review">{t("review.back")}</Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{listing.written.titleEn}</h1>
        <p className="flex flex-wrap items-center gap-2 text-stone-700">
          <StateBadge state={listing.state} />{" "}
          {listing.makerName ? t("review.by", { name: listing.makerName, organisation: listing.organisationName }) : t("review.byOrganisation", { organisation: listing.organisationName })}
        </p>
        {listing.submittedAt ? <p className="text-sm text-stone-700">{t("review.sentAt", { when: listing.submittedAt })}</p> : null}
      </div>

      <section aria-labelledby="words-title" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
        <h2 id="words-title" className="text-lg font-semibold">
          {t("review.words")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <Written term={t("listing.titleEn")} value={listing.written.titleEn} />
          <Written term={t("listing.titleHi")} value={listing.written.titleHi} lang="hi" />
          <Written term={t("listing.descriptionEn")} value={listing.written.descriptionEn} />
          <Written term={t("listing.descriptionHi")} value={listing.written.descriptionHi} lang="hi" />
          <Written term={t("listing.category")} value={listing.category} />
          <Written term={t("listing.materialsEn")} value={listing.materials} />
          <Written term={t("listing.originRegion")} value={listing.originRegion} />
        </dl>
      </section>

      <section aria-labelledby="photos-title" className="space-y-3">
        <h2 id="photos-title" className="text-lg font-semibold">
          {t("photos.legend")}
        </h2>
        {listing.images.length === 0 ? <p>{t("review.noPhotos")}</p> : null}
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {listing.images.map((image) => (
            <li key={image.sources.src}>
              <figure>
                <ProductImage image={image} sizes="(min-width: 640px) 30vw, 45vw" />
                <figcaption className="mt-1 text-sm text-stone-800">{t("review.alt", { alt: image.alt })}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="variants-title" className="space-y-3">
        <h2 id="variants-title" className="text-lg font-semibold">
          {t("variant.title")}
        </h2>
        <ul className="space-y-2">
          {listing.variants.map((variant) => (
            <li key={variant.id} className="rounded-md border border-stone-300 bg-white p-3">
              <p className="font-semibold">{variant.option}</p>
              <p className="text-sm text-stone-800">{t("review.variantLine", { price: variant.price, stock: variant.stock, grams: variant.weightGrams })}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/studio/listings/${listing.id}/preview`} reloadDocument>
            {t("review.preview")}
          </Link>
        </p>
      </section>

      {listing.state === "pending" ? (
        <section aria-labelledby="decide-title" className="space-y-4 rounded-md border border-stone-300 bg-white p-4">
          <h2 id="decide-title" className="text-lg font-semibold">
            {t("review.decide")}
          </h2>
          {actionData?.intent === "approve" ? <FormErrors errors={actionData.result.error?.[""] ?? undefined} /> : null}
          <Form method="post">
            <button type="submit" name="intent" value="approve" className={`${buttonClass.primary} w-full sm:w-auto`}>
              {t("review.approve")}
            </button>
          </Form>
          <Form method="post" className="space-y-3" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="return" />
            <FormErrors id={form.errorId} errors={form.errors} />
            <TextareaField label={t("review.comment")} hint={t("review.commentHint")} errors={fields.comment.errors} textareaProps={{ ...getTextareaProps(fields.comment), rows: 4 }} />
            <SubmitButton variant="secondary">{t("review.return")}</SubmitButton>
          </Form>
        </section>
      ) : (
        <p className="rounded-md border border-stone-300 bg-white p-4">{t("review.notPending")}</p>
      )}
    </div>
  );
}

function Written({ term, value, lang }: { term: string; value: string | null; lang?: string }) {
  const { t } = useTranslation("studio");
  return (
    <>
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="whitespace-pre-line text-stone-800" lang={value ? lang : undefined}>
        {value || t("review.notWritten")}
      </dd>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
