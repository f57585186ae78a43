import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { trainingHistory } from "~/modules/reintegration/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** A person's training history: codes and courses only, no identity (so no read row); her team only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const found = await requireTeamAccess(request, user, params.code);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const code = found.beneficiary.code;
  return {
    title: t("careTraining:history.title", { code }),
    code,
    language,
    history: await trainingHistory(found.beneficiary.id),
  };
}

export default function TrainingHistory() {
  const { t } = useTranslation(["careTraining", "common"]);
  const { code, language, history } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>
          {t("careTraining:history.back")}
        </Link>
      </p>
      <PageHeader
        title={t("careTraining:history.title", { code })}
        description={t("careTraining:history.intro")}
      />
      {history.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">
              {t("careTraining:history.caption")}
            </caption>
            <thead className="border-b border-stone-300">
              <tr>
                <th scope="col" className="p-2">
                  {t("careTraining:history.course")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:history.organisation")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:history.attended")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:history.status")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:history.enrolledOn")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:history.completedOn")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:history.certificate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((row) => (
                <tr key={row.id} className="border-b border-stone-200">
                  <th scope="row" className="p-2 font-normal">
                    {language === "hi" && row.titleHi
                      ? row.titleHi
                      : row.titleEn}
                  </th>
                  <td className="p-2">{row.organisation}</td>
                  <td className="p-2 text-right">
                    {t("careTraining:history.attendedOf", {
                      attended: row.attended,
                      required: row.sessionsRequired,
                    })}
                  </td>
                  <td className="p-2">
                    {t(`careTraining:statuses.${row.status}`)}
                  </td>
                  <td className="p-2">{row.enrolledOn}</td>
                  <td className="p-2">{row.completedOn ?? ""}</td>
                  <td className="p-2 font-mono">{row.certificateNo ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("careTraining:history.empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
