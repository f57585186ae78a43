import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryEntryView, DirectorySearch } from "~/modules/cases/directory-schema";
import { SERVICE_KINDS } from "~/modules/cases/vocabulary";
import type { OrganisationKind } from "~/modules/identity/roles";
import { buttonClass } from "./button";
import { Field, SelectField } from "./forms";

/** An organisation with its kind and where it is: each side of a referral sees where the other is. */
export function OrganisationPlace({ organisation }: { organisation: { name: string; kind: OrganisationKind; region: string; countryName: string } }) {
  const { t } = useTranslation(["careReferrals", "common"]);
  return (
    <span>
      <span className="font-semibold">{organisation.name}</span>{" "}
      <span className="text-stone-700">
        ({t(`common:organisationKinds.${organisation.kind}`)} · {t("careReferrals:place", { state: organisation.region, country: organisation.countryName })})
      </span>
    </span>
  );
}

/** The directory's search form (a plain GET form); `hidden` carries other parameters of the page along. */
export function DirectorySearchForm({
  search,
  languages,
  countries,
  hidden = {},
  clearTo,
}: {
  search: DirectorySearch;
  languages: { code: string; name: string }[];
  countries: { code: string; name: string }[];
  hidden?: Record<string, string | undefined>;
  clearTo: string;
}) {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  return (
    <Form method="get" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2" aria-label={t("careReferrals:directory.search.label")}>
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <SelectField label={t("careReferrals:directory.search.service")} selectProps={{ name: "service", defaultValue: search.service ?? "" }}>
        <option value="">{t("careReferrals:directory.search.anyService")}</option>
        {SERVICE_KINDS.map((service) => (
          <option key={service} value={service}>
            {t(`care:services.${service}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("careReferrals:directory.search.place")}
        hint={t("careReferrals:directory.search.placeHint")}
        inputProps={{ name: "place", type: "search", defaultValue: search.place ?? "", autoComplete: "off" }}
      />
      <SelectField label={t("careReferrals:directory.search.country")} selectProps={{ name: "country", defaultValue: search.country ?? "" }}>
        <option value="">{t("careReferrals:directory.search.anyCountry")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("careReferrals:directory.search.language")} selectProps={{ name: "language", defaultValue: search.language ?? "" }}>
        <option value="">{t("careReferrals:directory.search.anyLanguage")}</option>
        {languages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <button type="submit" className={buttonClass.primary}>
          {t("careReferrals:directory.search.submit")}
        </button>
        <Link to={clearTo} className={buttonClass.secondary}>
          {t("common:actions.clear")}
        </Link>
      </div>
    </Form>
  );
}

/** One service of the directory: who, what, where, in which languages, and how to reach them. */
export function DirectoryEntryCard({ entry, headingLevel = 3, action }: { entry: DirectoryEntryView; headingLevel?: 2 | 3; action?: ReactNode }) {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const coverage = [
    entry.districts.length ? t("careReferrals:directory.coverage.districts", { list: entry.districts.join(", ") }) : null,
    entry.states.length
      ? entry.districts.length
        ? t("careReferrals:directory.coverage.statesPart", { list: entry.states.join(", ") })
        : t("careReferrals:directory.coverage.statesWhole", { list: entry.states.join(", ") })
      : null,
    entry.countries.length ? t("careReferrals:directory.coverage.countries", { list: entry.countries.join(", ") }) : null,
  ].filter(Boolean);
  return (
    <article className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
      <Heading className="text-lg font-semibold">
        {t(`care:services.${entry.service}`)} — <OrganisationPlace organisation={entry.organisation} />
      </Heading>
      <p lang={entry.descriptionLang}>{entry.description}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("careReferrals:directory.fields.mandates")}</dt>
        <dd>{entry.organisation.mandates.map((mandate) => t(`care:mandates.${mandate}`)).join(", ") || "—"}</dd>
        <dt className="font-semibold">{t("careReferrals:directory.fields.coverage")}</dt>
        <dd>{coverage.join("; ") || "—"}</dd>
        <dt className="font-semibold">{t("careReferrals:directory.fields.languages")}</dt>
        <dd>{entry.languages.join(", ") || "—"}</dd>
        {entry.phone ? (
          <>
            <dt className="font-semibold">{t("careReferrals:directory.fields.phone")}</dt>
            <dd>
              <a href={`tel:${entry.phone.replace(/[^0-9+]/g, "")}`}>{entry.phone}</a>
            </dd>
          </>
        ) : null}
        {entry.email ? (
          <>
            <dt className="font-semibold">{t("careReferrals:directory.fields.email")}</dt>
            <dd className="break-all">
              <a href={`mailto:${entry.email}`}>{entry.email}</a>
            </dd>
          </>
        ) : null}
        {entry.hours ? (
          <>
            <dt className="font-semibold">{t("careReferrals:directory.fields.hours")}</dt>
            <dd>{entry.hours}</dd>
          </>
        ) : null}
      </dl>
      {action ? <div>{action}</div> : null}
    </article>
  );
}
