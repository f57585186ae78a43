import { ASSESSMENT_DIMENSIONS, type AssessmentDimension } from "./vocabulary";

/**
 * Sustainability scores, as pure arithmetic. A dimension's score is the weighted mean of its answers,
 * each divided by its question's maxScore (0..1); the composite is the plain mean of the three dimension
 * scores, so that each dimension counts equally whatever its number of questions. Scores keep three
 * decimals (the database stores Decimal(4,3)).
 */

export interface ScoredQuestion {
  key: string;
  dimension: AssessmentDimension;
  maxScore: number;
  weight: number;
}

export type Scores = Record<AssessmentDimension | "composite", number>;

export type ScoringOutcome =
  | { ok: true; scores: Scores }
  | { ok: false; problem: "unanswered" | "outOfRange"; questionKey: string; message: string };

/** Questions in the order they are asked. */
export function scoreAnswers(questions: readonly ScoredQuestion[], answers: Readonly<Record<string, number | null | undefined>>): ScoringOutcome {
  for (const question of questions) {
    const answer = answers[question.key];
    if (answer === undefined || answer === null) {
      return { ok: false, problem: "unanswered", questionKey: question.key, message: `Question "${question.key}" is not answered: every question needs an answer.` };
    }
    if (!Number.isInteger(answer) || answer < 0 || answer > question.maxScore) {
      return { ok: false, problem: "outOfRange", questionKey: question.key, message: `The answer to "${question.key}" must be a whole number from 0 to ${question.maxScore}.` };
    }
  }
  const dimensionScores = {} as Record<AssessmentDimension, number>;
  for (const dimension of ASSESSMENT_DIMENSIONS) {
    const asked = questions.filter((question) => question.dimension === dimension && question.weight > 0);
    if (!asked.length) throw new Error(`The questionnaire has no question in the ${dimension} dimension`);
    const weights = asked.reduce((sum, question) => sum + question.weight, 0);
    const weighted = asked.reduce((sum, question) => sum + question.weight * (answers[question.key]! / question.maxScore), 0);
    dimensionScores[dimension] = weighted / weights;
  }
  const composite = ASSESSMENT_DIMENSIONS.reduce((sum, dimension) => sum + dimensionScores[dimension], 0) / ASSESSMENT_DIMENSIONS.length;
  return {
    ok: true,
    scores: {
      economic: round3(dimensionScores.economic),
      social: round3(dimensionScores.social),
      psychosocial: round3(dimensionScores.psychosocial),
      composite: round3(composite),
    },
  };
}

export function round3(value: number) {
  return Math.round(value * 1000) / 1000;
}

/** A fall of the composite score this large (or more) between two assessments is a warning sign. */
export const SCORE_DROP = 0.1;

/** Whether the composite fell by SCORE_DROP or more (compared in thousandths, so 0.8 → 0.7 counts). */
export function isScoreDrop(from: number, to: number) {
  return Math.round(from * 1000) - Math.round(to * 1000) >= Math.round(SCORE_DROP * 1000);
}
