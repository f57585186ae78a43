import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import {
  forbidden,
  requireUserWithPermission,
} from "~/modules/identity/index.server";
import {
  canManageCourses,
  listCourses,
  trainingOrganisationIds,
} from "~/modules/reintegration/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const organisationIds = trainingOrganisationIds(user);
  if (!organisationIds.length) throw forbidden();
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return {
    title: t("careTraining:list.title"),
    language,
    courses: await listCourses(user),
    canCreate: organisationIds.some((id) => canManageCourses(user, id)),
  };
}

export default function TrainingCourses() {
  const { t } = useTranslation(["careTraining", "care", "common"]);
  const { courses, canCreate, language } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const showOrganisation = new Set(courses.map((c) => c.organisation)).size > 1;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("careTraining:list.title")}
        description={t("careTraining:list.intro")}
        actions={
          canCreate ? (
            <Link to="/care/training/new" className={buttonClass.primary}>
              {t("careTraining:list.new")}
            </Link>
          ) : null
        }
      />
      {params.get("done") === "created" ? (
        <Notice>{t("careTraining:done.created")}</Notice>
      ) : null}
      {courses.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="p-2 text-left font-semibold">
              {t("careTraining:list.caption")}
            </caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("careTraining:list.course")}
                </th>
                {showOrganisation ? (
                  <th scope="col" className="p-2">
                    {t("careTraining:list.organisation")}
                  </th>
                ) : null}
                <th scope="col" className="p-2">
                  {t("careTraining:list.track")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:list.sessions")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:list.required")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:list.enrolled")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:list.completed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => (
                <tr
                  key={course.id}
                  className="border-b border-stone-200 align-top"
                >
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`/care/training/${course.id}`}>
                      {language === "hi" && course.titleHi
                        ? course.titleHi
                        : course.titleEn}
                    </Link>
                  </th>
                  {showOrganisation ? (
                    <td className="p-2">{course.organisation}</td>
                  ) : null}
                  <td className="p-2">
                    {course.livelihoodTrack
                      ? t(`care:tracks.${course.livelihoodTrack}` as never)
                      : t("careTraining:list.noTrack")}
                  </td>
                  <td className="p-2 text-right">{course.sessions}</td>
                  <td className="p-2 text-right">{course.sessionsRequired}</td>
                  <td className="p-2 text-right">{course.enrolled}</td>
                  <td className="p-2 text-right">{course.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("careTraining:list.empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
