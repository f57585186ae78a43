import { clientIp } from "~/lib/http.server";
import { parseForm } from "~/lib/validation";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import type { Permission } from "~/modules/identity/permissions";
import { studioActor, type StudioActor } from "./actor.server";
import { StockUpdateSchema, type StockAnswer } from "./listing-schemas";
import { setVariantStock } from "./variants.server";

/** The signed-in user holding `permission` (refusals audited, 403), and the studio actor they are. */
export async function requireStudioActor(request: Request, permission: Permission) {
  const user = await requireUserWithPermission(request, permission);
  return { user, actor: await studioActor(user, clientIp(request)) };
}

/**
 * The one-tap stock form, posted to whichever studio page shows it. Null when the variant is not the
 * actor's (the page answers 404); a refusal names the problem and changes nothing.
 */
export async function handleStockForm(actor: StudioActor, formData: FormData): Promise<StockAnswer | null> {
  const submission = parseForm(formData, StockUpdateSchema);
  const variantId = String(formData.get("variantId") ?? "");
  if (submission.status !== "success") {
    return { intent: "stock", variantId, ok: false, errors: Object.values(submission.error ?? {}).flatMap((messages) => messages ?? []) };
  }
  const outcome = await setVariantStock(actor, submission.value.variantId, submission.value.stock);
  if (!outcome) return null;
  return outcome.ok ? { intent: "stock", variantId, ok: true } : { intent: "stock", variantId, ok: false, errors: Object.values(outcome.fieldErrors ?? {}).flat() };
}
