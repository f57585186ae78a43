import { describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "./default-questions";
import { isScoreDrop, scoreAnswers, type ScoredQuestion } from "./assessment-scoring";

const QUESTIONS: ScoredQuestion[] = DEFAULT_QUESTIONS.map((question) => ({ key: question.key, dimension: question.dimension, maxScore: 4, weight: 1 }));
const all = (score: number) => Object.fromEntries(QUESTIONS.map((question) => [question.key, score]));

describe("sustainability scoring", () => {
  it("gives 1 everywhere when every answer is the best, 0 when every answer is the worst", () => {
    expect(scoreAnswers(QUESTIONS, all(4))).toEqual({ ok: true, scores: { economic: 1, social: 1, psychosocial: 1, composite: 1 } });
    expect(scoreAnswers(QUESTIONS, all(0))).toEqual({ ok: true, scores: { economic: 0, social: 0, psychosocial: 0, composite: 0 } });
  });

  it("scores each dimension as the mean of answers / maxScore and the composite as the mean of the dimensions", () => {
    const answers = { ...all(2), economic_situation: 4, debt: 0, work_access: 3, food_security: 1, training_access: 2, distress: 4 };
    // economic: (4+0+3+1+2)/5/4 = 0.5; social: 2/4 = 0.5; psychosocial: (2+2+2+2+4)/5/4 = 0.6
    expect(scoreAnswers(QUESTIONS, answers)).toEqual({ ok: true, scores: { economic: 0.5, social: 0.5, psychosocial: 0.6, composite: 0.533 } });
  });

  it("counts each dimension equally, whatever its number of questions", () => {
    const questions: ScoredQuestion[] = [
      { key: "a", dimension: "economic", maxScore: 4, weight: 1 },
      { key: "b", dimension: "social", maxScore: 4, weight: 1 },
      { key: "c", dimension: "social", maxScore: 4, weight: 1 },
      { key: "d", dimension: "social", maxScore: 4, weight: 1 },
      { key: "e", dimension: "psychosocial", maxScore: 4, weight: 1 },
    ];
    expect(scoreAnswers(questions, { a: 4, b: 0, c: 0, d: 0, e: 4 })).toMatchObject({ scores: { economic: 1, social: 0, psychosocial: 1, composite: 0.667 } });
  });

  it("weighs answers by their question's weight and divides by its own maxScore", () => {
    const questions: ScoredQuestion[] = [
      { key: "heavy", dimension: "economic", maxScore: 4, weight: 3 },
      { key: "light", dimension: "economic", maxScore: 4, weight: 1 },
      { key: "social", dimension: "social", maxScore: 2, weight: 1 },
      { key: "psycho", dimension: "psychosocial", maxScore: 10, weight: 2 },
    ];
    // economic: (3×1 + 1×0) / 4 = 0.75; social: 1/2 = 0.5; psychosocial: 7/10 = 0.7; composite (0.75+0.5+0.7)/3 = 0.65
    expect(scoreAnswers(questions, { heavy: 4, light: 0, social: 1, psycho: 7 })).toEqual({ ok: true, scores: { economic: 0.75, social: 0.5, psychosocial: 0.7, composite: 0.65 } });
  });

  it("refuses a missing answer and names the first unanswered question", () => {
    const answers: Record<string, number | undefined> = all(3);
    delete answers.housing;
    delete answers.distress;
    const outcome = scoreAnswers(QUESTIONS, answers);
    expect(outcome).toMatchObject({ ok: false, problem: "unanswered", questionKey: "housing" });
    expect(!outcome.ok && outcome.message).toContain("housing");
    expect(scoreAnswers(QUESTIONS, { ...all(3), debt: null as never })).toMatchObject({ ok: false, problem: "unanswered", questionKey: "debt" });
  });

  it("refuses answers outside 0..maxScore and fractions", () => {
    expect(scoreAnswers(QUESTIONS, { ...all(3), debt: 5 })).toMatchObject({ ok: false, problem: "outOfRange", questionKey: "debt" });
    expect(scoreAnswers(QUESTIONS, { ...all(3), feels_safe: -1 })).toMatchObject({ ok: false, problem: "outOfRange", questionKey: "feels_safe" });
    expect(scoreAnswers(QUESTIONS, { ...all(3), housing: 2.5 })).toMatchObject({ ok: false, problem: "outOfRange", questionKey: "housing" });
  });

  it("the default questionnaire has about fifteen questions, five in each dimension, with unique keys", () => {
    expect(new Set(QUESTIONS.map((question) => question.key)).size).toBe(15);
    for (const dimension of ["economic", "social", "psychosocial"]) expect(QUESTIONS.filter((question) => question.dimension === dimension)).toHaveLength(5);
  });

  it("a drop is a fall of the composite of 0.1 or more", () => {
    expect(isScoreDrop(0.8, 0.7)).toBe(true);
    expect(isScoreDrop(0.8, 0.701)).toBe(false);
    expect(isScoreDrop(0.5, 0.9)).toBe(false);
  });
});
