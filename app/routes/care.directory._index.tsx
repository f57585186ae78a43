import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "~/lib/countries.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { DirectorySearchSchema } from "~/modules/cases/directory-schema";
import { directoryEntryView, directoryLanguageOptions, directorySearch, ownDirectoryEntries } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Notice, PageHeader } from "~/ui/page";
import { DirectoryEntryCard, DirectorySearchForm } from "~/ui/referral-parts";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:directory:own");
  const language = await getLanguage(request);
  const search = DirectorySearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const canManage = rolesGrant(user.roles, "manage:directory:org");
  const t = await getTranslator(language);
  return {
    title: t("careReferrals:directory.title"),
    search,
    results: (await directorySearch(search)).map((row) => directoryEntryView(row, language)),
    own: canManage ? (await ownDirectoryEntries(user)).map((row) => directoryEntryView(row, language)) : null,
    languages: directoryLanguageOptions(language),
    countries: countryOptions(language),
  };
}

export default function Directory() {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const { search, results, own, languages, countries } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("careReferrals:directory.title")}
        description={t("careReferrals:directory.intro")}
        actions={
          own ? (
            <Link to="/care/directory/new" className={buttonClass.primary}>
              {t("careReferrals:directory.add")}
            </Link>
          ) : null
        }
      />
      {done === "created" || done === "updated" || done === "deleted" ? <Notice>{t(`careReferrals:directory.done.${done}`)}</Notice> : null}
      <section aria-labelledby="search-title" className="space-y-4">
        <h2 id="search-title" className="text-xl font-semibold">
          {t("careReferrals:directory.search.title")}
        </h2>
        <DirectorySearchForm search={search} languages={languages} countries={countries} clearTo="/care/directory" />
        <p role="status" className="text-stone-700">
          {t("careReferrals:directory.count", { count: results.length })}
        </p>
        <ul className="space-y-3">
          {results.map((entry) => (
            <li key={entry.id}>
              <DirectoryEntryCard entry={entry} />
            </li>
          ))}
        </ul>
      </section>
      {own ? (
        <section aria-labelledby="own-title" className="space-y-4">
          <h2 id="own-title" className="text-xl font-semibold">
            {t("careReferrals:directory.own")}
          </h2>
          {own.length === 0 ? <p>{t("careReferrals:directory.ownEmpty")}</p> : null}
          <ul className="space-y-3">
            {own.map((entry) => (
              <li key={entry.id}>
                <DirectoryEntryCard
                  entry={entry}
                  action={
                    <Link to={`/care/directory/${entry.id}`} className={buttonClass.secondary} aria-label={t("careReferrals:directory.editNamed", { service: t(`care:services.${entry.service}`), name: entry.organisation.name })}>
                      {t("common:actions.edit")}
                    </Link>
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
