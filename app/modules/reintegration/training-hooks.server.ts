import { evaluateMilestonesForBeneficiary } from "./milestone-rules.server";

/** Called after a person completes a course: her "training completed" milestones are evaluated at once. */
export async function onTrainingCompleted(
  beneficiaryId: string
): Promise<void> {
  await evaluateMilestonesForBeneficiary(beneficiaryId);
}
