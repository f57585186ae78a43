import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import { careToday, parseCareDay } from "./case-dates";
import { classifyMove, moveNeedsReason } from "./stages";
import { CASE_STAGES, OPEN_STAGES, SERVICE_KINDS } from "./vocabulary";

/** Forms of the case pages, shared by the browser (Conform) and the actions. Messages are i18n keys. */

export const CASES_PAGE_SIZE = 25;
const REASON_MAX = 2000;

/** A calendar day; `when` limits it to today or later ("notPast") or today or earlier ("notFuture"). */
function day(when: "notPast" | "notFuture") {
  return z
    .string()
    .trim()
    .refine((text) => parseCareDay(text) !== null, "careCases:errors.date")
    .refine((text) => (when === "notPast" ? text >= careToday() : text <= careToday()), when === "notPast" ? "careCases:errors.datePast" : "careCases:errors.dateFuture");
}

const reason = z.string().trim().max(REASON_MAX, "validation.tooLong");
const place = z.string().trim().min(1).max(120);

export const OpenCaseSchema = z.object({
  beneficiary: z.string().trim().min(1).max(40),
  leadOrganisationId: z.uuid("careCases:errors.organisation"),
  district: place,
  state: place,
  country: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, "validation.country")),
  assignedToId: z.uuid("careCases:errors.assignee"),
  reviewDueOn: day("notPast").optional(),
});
export type OpenCaseInput = z.output<typeof OpenCaseSchema>;

export const MoveStageSchema = z
  .object({
    intent: z.literal("move"),
    /** The stage the form was shown in: if the case moved meanwhile, the move is refused. */
    fromStage: z.enum(CASE_STAGES),
    toStage: z.enum(CASE_STAGES, "careCases:errors.toStage"),
    /** Ids of the current stage's checklist items ticked in the form. */
    checked: z.array(z.uuid()).max(100).default([]),
    reason: reason.optional(),
  })
  .superRefine((value, ctx) => {
    const move = classifyMove(value.fromStage, value.toStage);
    if (move === "closing") ctx.addIssue({ code: "custom", path: ["toStage"], message: "careCases:errors.closeByApproval" });
    else if (move === "same") ctx.addIssue({ code: "custom", path: ["toStage"], message: "careCases:errors.sameStage" });
    else if (move === "fromClosed") ctx.addIssue({ code: "custom", path: ["toStage"], message: "careCases:errors.closed" });
    else if (moveNeedsReason(move) && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: move === "skip" ? "careCases:errors.reasonForSkip" : "careCases:errors.reasonForRevisit" });
    }
  });
export type MoveStageInput = z.output<typeof MoveStageSchema>;

export const ServiceSchema = z.object({
  intent: z.literal("service"),
  service: z.enum(SERVICE_KINDS, "careCases:errors.service"),
  /** The organisation that provided it; partners always record their own. */
  providerId: z.uuid("careCases:errors.organisation").optional(),
  occurredOn: day("notFuture"),
  notes: z.string().trim().max(4000, "validation.tooLong").optional(),
});
export type ServiceInput = z.output<typeof ServiceSchema>;

export const AssignSchema = z.object({
  intent: z.literal("assign"),
  assignedToId: z.uuid("careCases:errors.assignee"),
});

export const ReviewDueSchema = z.object({
  intent: z.literal("review"),
  /** Left empty, the case has no review date. */
  reviewDueOn: day("notPast").optional(),
});

export const RequestCloseSchema = z.object({
  intent: z.literal("requestClose"),
  reason: z.string("careCases:errors.closeReason").trim().min(1, "careCases:errors.closeReason").max(REASON_MAX, "validation.tooLong"),
});

export const ApproveCloseSchema = z.object({ intent: z.literal("approveClose") });

export const RejectCloseSchema = z.object({
  intent: z.literal("rejectClose"),
  reason: z.string("careCases:errors.rejectReason").trim().min(1, "careCases:errors.rejectReason").max(REASON_MAX, "validation.tooLong"),
});

export const CASE_ACTION_SCHEMAS = {
  move: MoveStageSchema,
  service: ServiceSchema,
  assign: AssignSchema,
  review: ReviewDueSchema,
  requestClose: RequestCloseSchema,
  approveClose: ApproveCloseSchema,
  rejectClose: RejectCloseSchema,
} as const;
export type CaseIntent = keyof typeof CASE_ACTION_SCHEMAS;

// Checklist settings.
const label = z.string().trim().min(1, "careCases:errors.labelEn").max(200, "validation.tooLong");

export const ChecklistAddSchema = z.object({
  intent: z.literal("add"),
  organisationId: z.uuid(),
  stage: z.enum(OPEN_STAGES),
  labelEn: label,
  labelHi: z.string().trim().max(200, "validation.tooLong").optional(),
});

export const ChecklistRenameSchema = z.object({
  intent: z.literal("rename"),
  organisationId: z.uuid(),
  itemId: z.uuid(),
  labelEn: label,
  labelHi: z.string().trim().max(200, "validation.tooLong").optional(),
});

export const ChecklistItemSchema = z.object({
  intent: z.enum(["archive", "up", "down"]),
  organisationId: z.uuid(),
  itemId: z.uuid(),
});

// Case lists: filters live in the address; anything not valid is simply not applied.
export const CASE_VIEWS = ["mine", "organisation", "referred"] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export const CaseListFilterSchema = z.object({
  view: urlFilter(z.enum(CASE_VIEWS)),
  stage: urlFilter(z.enum(CASE_STAGES)),
  organisation: urlFilter(z.uuid()),
  district: urlFilter(z.string().trim().max(120)),
  overdue: urlFilter(z.literal("1")),
  q: urlFilter(z.string().trim().max(40)),
  page: urlFilter(z.coerce.number().int().min(1).max(10_000)),
});
export type CaseListFilter = z.output<typeof CaseListFilterSchema>;
