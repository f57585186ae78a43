import { ensureDefaultCourses, ensureQuestions, ensureSchemes } from "~/modules/reintegration/index.server";
import type { OrganisationKey } from "./people";

/**
 * The reintegration tracker's reference data: compensation schemes, the sustainability question set,
 * and the default courses of the organisations that train people. (Demo plans, income, claims and
 * assessments come with the tracker's dashboards.)
 */
export async function seedReintegrationReferenceData(organisationIds: Record<OrganisationKey, string>) {
  await ensureSchemes();
  await ensureQuestions();
  for (const key of ["ngo", "cooperative", "legalAid"] as const) await ensureDefaultCourses(organisationIds[key]);
}
