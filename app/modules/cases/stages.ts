import { CASE_STAGES, stageIndex, type CaseStage } from "./vocabulary";

/**
 * What a move from one stage to another is. Moving on to the next stage is the normal course;
 * skipping ahead more than one stage, or going back to an earlier one (re-trafficking happens),
 * needs a reason. Closed is reached only through an approved request to close. Browser-safe.
 */
export type StageMove = "next" | "skip" | "revisit" | "same" | "closing" | "fromClosed";

export function classifyMove(from: CaseStage, to: CaseStage): StageMove {
  if (from === "closed") return "fromClosed";
  if (to === "closed") return "closing";
  const step = stageIndex(to) - stageIndex(from);
  if (step === 0) return "same";
  if (step === 1) return "next";
  return step > 1 ? "skip" : "revisit";
}

/** Whether a move of this kind needs a written reason whatever the checklist says. */
export function moveNeedsReason(move: StageMove) {
  return move === "skip" || move === "revisit";
}

/** The six working stages in order (Closed is not a step of the indicator). */
export const WORKING_STAGES = CASE_STAGES.filter((stage) => stage !== "closed");
