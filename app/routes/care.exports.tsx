import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { urlFilter } from "~/lib/validation";
import { forbidden, requireUserWithPermission } from "~/modules/identity/index.server";
import { EXPORT_PERMISSION, exportOrganisations } from "~/modules/reintegration/index.server";
import { ExportRefusalSchema } from "~/modules/reintegration/export-schema";
import { EXPORT_K } from "~/modules/reintegration/export-suppression";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ExportProgressBar, useStreamedDownload } from "~/ui/export-progress";
import { SelectField } from "~/ui/forms";
import { PageHeader } from "~/ui/page";
import { useHydrated } from "~/ui/use-hydrated";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, EXPORT_PERMISSION);
  const organisations = await exportOrganisations(user);
  if (!organisations.length) throw forbidden();
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const url = new URL(request.url);
  return {
    title: t("careExports:title"),
    language,
    organisations,
    selected: url.searchParams.get("organisation"),
    refused: urlFilter(ExportRefusalSchema).parse(url.searchParams.get("refused")) ?? null,
  };
}

const CONTAINS = ["row", "profile", "care", "reintegration"] as const;
const NEVER = ["identity", "records"] as const;

export default function CareExports() {
  const { t } = useTranslation("careExports");
  const { organisations, selected, refused, language } = useLoaderData<typeof loader>();
  const hydrated = useHydrated();
  const { progress, download } = useStreamedDownload();
  const running = progress.phase === "running";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <section aria-labelledby="export-contains" className="space-y-2">
        <h2 id="export-contains" className="text-lg font-semibold">
          {t("contains.heading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {CONTAINS.map((item) => (
            <li key={item}>{t(`contains.items.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="export-never" className="space-y-2">
        <h2 id="export-never" className="text-lg font-semibold">
          {t("never.heading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {NEVER.map((item) => (
            <li key={item}>{t(`never.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t("suppression", { k: EXPORT_K })}</p>
      </section>
      {refused ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {t(`errors.${refused}`, { k: EXPORT_K })}
        </p>
      ) : null}
      <form
        method="post"
        action="/care/exports.csv"
        className="space-y-4"
        onSubmit={(event) => {
          if (!hydrated) return;
          event.preventDefault();
          if (!running) void download(event.currentTarget);
        }}
      >
        {organisations.length > 1 ? (
          <SelectField label={t("organisation")} className="max-w-md" selectProps={{ name: "organisation", defaultValue: selected ?? organisations[0]!.id, required: true }}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="organisation" value={organisations[0]!.id} />
        )}
        <button type="submit" className={buttonClass.primary} disabled={running} aria-busy={running || undefined}>
          {t("download")}
        </button>
      </form>
      <ExportProgressBar progress={progress} language={language} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
