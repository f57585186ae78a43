import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { postedFile, readForm } from "~/lib/multipart.server";
import { parseForm } from "~/lib/validation";
import { MAX_IMAGE_BYTES } from "~/modules/media/index.server";
import { makerChoices, makerProfileForEdit, requireStudioActor, saveMakerProfile, uploadTarget } from "~/modules/studio/index.server";
import { MakerProfileSchema } from "~/modules/studio/profile-schema";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { DefaultSubmit } from "~/ui/listing-form";
import { Notice, PageHeader } from "~/ui/page";
import { PhotoUpload } from "~/ui/photo-upload";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:maker:own");
  const language = await getLanguage(request);
  const wanted = new URL(request.url).searchParams.get("maker");
  const [t, makers, profile] = await Promise.all([getTranslator(language), makerChoices(actor, "profile"), makerProfileForEdit(actor, wanted)]);
  // Someone else's maker (or no such maker) is not found; a coordinator who has not chosen yet sees the picker.
  if (wanted && !profile) throw notFound();
  return {
    title: t("studio:profile.title"),
    makers: makers.length > 1 || !actor.ownMaker ? makers : [],
    profile: profile ? { ...profile, ownProfile: profile.id === actor.ownMaker?.id } : null,
    uploadTarget: uploadTarget(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:maker:own");
  const makerId = new URL(request.url).searchParams.get("maker");
  const form = await readForm(request, { maxFileBytes: MAX_IMAGE_BYTES });
  const submission = parseForm(form.formData, MakerProfileSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await saveMakerProfile(actor, makerId, submission.value, await postedFile(form, "photo"));
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/studio/profile?${makerId ? `maker=${encodeURIComponent(makerId)}&` : ""}saved=1`);
}

export default function MakerProfile() {
  const { t } = useTranslation("studio");
  const { makers, profile, uploadTarget } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <PageHeader title={t("profile.title")} description={t("profile.intro")} />
      {makers.length > 0 ? (
        <Form method="get" className="flex flex-wrap items-end gap-2">
          <div className="w-full min-w-0 sm:w-auto">
            <label htmlFor="maker-choice" className="block text-sm font-semibold text-stone-800">
              {t("profile.chooseMaker")}
            </label>
            <select id="maker-choice" name="maker" defaultValue={profile?.id ?? ""} className="mt-1 block min-h-11 w-full max-w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base">
              <option value="">{t("listing.chooseMaker")}</option>
              {makers.map((maker) => (
                <option key={maker.id} value={maker.id}>
                  {t("listing.makerOption", { name: maker.displayName, organisation: maker.organisationName })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass.secondary}>
            {t("listings.show")}
          </button>
        </Form>
      ) : null}
      {searchParams.get("saved") ? <Notice>{t("profile.saved")}</Notice> : null}
      {profile ? <ProfileForm key={profile.id} profile={profile} uploadTarget={uploadTarget} /> : makers.length === 0 ? <p className="rounded-md border border-amber-700 bg-amber-50 p-3">{t("home.noMaker")}</p> : null}
    </div>
  );
}

function ProfileForm({ profile, uploadTarget }: { profile: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["profile"]>; uploadTarget: "cloudinary" | "local" }) {
  const { t } = useTranslation("studio");
  const actionData = useActionData<typeof action>();
  const [uploading, setUploading] = useState(false);
  const { values } = profile;
  const [form, fields] = useForm({
    id: "profile",
    lastResult: actionData?.result,
    defaultValue: { displayName: values.displayName, craft: values.craft ?? "", region: values.region ?? "", storyEn: values.storyEn ?? "", storyHi: values.storyHi ?? "" },
    constraint: getZodConstraint(MakerProfileSchema),
    onValidate: ({ formData }) => parseForm(formData, MakerProfileSchema),
  });
  return (
    <>
      <p className={`rounded-md border p-3 ${profile.publicProfile ? "border-brand-700 bg-brand-50 text-brand-900" : "border-stone-400 bg-white text-stone-900"}`}>
        {profile.ownProfile ? (
          <>
            {profile.publicProfile ? t("profile.public") : t("profile.notPublic")} {t("profile.consent")}
          </>
        ) : (
          <>
            {profile.publicProfile ? t("profile.publicOther") : t("profile.notPublicOther")} {t("profile.consentOther")}
          </>
        )}
      </p>
      <Form method="post" encType="multipart/form-data" className="space-y-6" {...getFormProps(form)}>
        <DefaultSubmit label={t("profile.save")} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("profile.displayName")} hint={t("profile.displayNameHint")} errors={fields.displayName.errors} inputProps={getInputProps(fields.displayName, { type: "text" })} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("profile.craft")} hint={t("profile.craftHint")} errors={fields.craft.errors} inputProps={getInputProps(fields.craft, { type: "text" })} />
          <Field label={t("profile.region")} errors={fields.region.errors} inputProps={getInputProps(fields.region, { type: "text" })} />
        </div>
        <p className="text-sm text-stone-700">{t("profile.storyHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextareaField label={t("profile.storyEn")} errors={fields.storyEn.errors} textareaProps={{ ...getTextareaProps(fields.storyEn), rows: 6 }} />
          <TextareaField label={t("profile.storyHi")} errors={fields.storyHi.errors} textareaProps={{ ...getTextareaProps(fields.storyHi), rows: 6, lang: "hi" }} />
        </div>
        <PhotoUpload legend={t("profile.photo")} intro={t("profile.photoIntro")} photos={profile.photos} max={1} target={uploadTarget} errors={form.allErrors} onBusyChange={setUploading} />
        {uploading ? (
          <p className="text-sm text-stone-800" role="status">
            {t("photos.waitForUploads")}
          </p>
        ) : null}
        <SubmitButton pendingLabel={t("listing.saving")} disabled={uploading}>
          {t("profile.save")}
        </SubmitButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
