import { clientIp, notFound } from "~/lib/http.server";
import { requireUserWithPermission, type SessionUser } from "~/modules/identity/index.server";
import type { Permission } from "~/modules/identity/permissions";
import { accessToBeneficiary } from "./access.server";
import { BENEFICIARY_CODE } from "./codes.server";
import { recordBeneficiaryDenied } from "./read-audit.server";

/**
 * The user's access to the person of a route's `code`, or a 404 (an unknown code and a forbidden one
 * look the same). A refusal is audited; what was typed in the address is kept only when it is a code.
 */
export async function requireBeneficiaryAccess(request: Request, user: SessionUser, code: string | undefined) {
  const valid = Boolean(code && BENEFICIARY_CODE.test(code));
  const found = valid ? await accessToBeneficiary(user, code!) : null;
  if (!found) throw await refuse(request, user, valid ? code! : null);
  return found;
}

async function refuse(request: Request, user: SessionUser, code: string | null) {
  const path = code ? new URL(request.url).pathname.slice(0, 200) : "(not a code)";
  await recordBeneficiaryDenied({ user, code: code ?? "(not a code)", ip: clientIp(request), path });
  return notFound();
}

/** As requireBeneficiaryAccess, and only for the person's team (not a partner or an auditor): others get the same 404. */
export async function requireTeamAccess(request: Request, user: SessionUser, code: string | undefined, allowed: (found: Awaited<ReturnType<typeof requireBeneficiaryAccess>>) => boolean = () => true) {
  const found = await requireBeneficiaryAccess(request, user, code);
  if (found.access.kind !== "team" || !allowed(found)) throw await refuse(request, user, found.beneficiary.code);
  return found;
}

/**
 * The preamble of the team's forms about one person (identity edit, new consent), loader and action alike:
 * the signed-in user holding `permission` (refusals audited, 403), and the person of the route's `code`
 * as requireTeamAccess gives her (anyone else, or when `allowed` says no: the same audited 404).
 */
export async function requireTeamForm(request: Request, permission: Permission, code: string | undefined, allowed: Parameters<typeof requireTeamAccess>[3]) {
  const user = await requireUserWithPermission(request, permission);
  const found = await requireTeamAccess(request, user, code, allowed);
  return { user, found };
}
