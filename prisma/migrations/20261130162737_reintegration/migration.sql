-- CreateEnum
CREATE TYPE "livelihood_track" AS ENUM ('beekeeping', 'handloom_weaving', 'handicraft', 'art', 'other_employment', 'education');

-- CreateEnum
CREATE TYPE "milestone_kind" AS ENUM ('training', 'income', 'recompensation', 'social', 'psychosocial', 'custom');

-- CreateEnum
CREATE TYPE "milestone_rule" AS ENUM ('training_completed', 'first_shop_sale', 'income_at_target', 'compensation_disbursed');

-- CreateEnum
CREATE TYPE "income_source" AS ENUM ('shop', 'wages', 'farm_sales', 'other_enterprise', 'other');

-- CreateEnum
CREATE TYPE "enrolment_status" AS ENUM ('enrolled', 'completed', 'dropped');

-- CreateEnum
CREATE TYPE "claim_status" AS ENUM ('filed', 'under_review', 'hearing', 'awarded', 'disbursed', 'rejected', 'appealed');

-- CreateEnum
CREATE TYPE "assessment_dimension" AS ENUM ('economic', 'social', 'psychosocial');

-- CreateTable
CREATE TABLE "reintegration_plan" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "livelihood_track" "livelihood_track" NOT NULL,
    "goals" TEXT,
    "target_monthly_income_inr" INTEGER NOT NULL,
    "start_on" DATE NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reintegration_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "kind" "milestone_kind" NOT NULL,
    "title" TEXT NOT NULL,
    "due_on" DATE,
    "rule" "milestone_rule",
    "rule_params" JSONB,
    "met_on" DATE,
    "met_by_id" UUID,
    "evidence" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_hi" TEXT,
    "description_en" TEXT,
    "description_hi" TEXT,
    "livelihood_track" "livelihood_track",
    "sessions_required" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_session" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "place" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrolment" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "status" "enrolment_status" NOT NULL DEFAULT 'enrolled',
    "enrolled_on" DATE NOT NULL,
    "completed_on" DATE,
    "certificate_no" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance" (
    "session_id" UUID NOT NULL,
    "enrolment_id" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("session_id","enrolment_id")
);

-- CreateTable
CREATE TABLE "income_record" (
    "id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "source" "income_source" NOT NULL,
    "amount_inr" INTEGER NOT NULL,
    "evidence" TEXT,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "income_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compensation_scheme" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "state" TEXT,
    "legal_basis" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "compensation_scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compensation_claim" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "scheme_id" UUID NOT NULL,
    "authority" TEXT NOT NULL,
    "status" "claim_status" NOT NULL DEFAULT 'filed',
    "filed_on" DATE NOT NULL,
    "claimed_inr" INTEGER NOT NULL,
    "awarded_inr" INTEGER,
    "disbursed_inr" INTEGER,
    "awarded_on" DATE,
    "disbursed_on" DATE,
    "next_hearing_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "compensation_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_event" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "to_status" "claim_status",
    "occurred_on" DATE NOT NULL,
    "milestone" TEXT,
    "notes" TEXT,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_question" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "dimension" "assessment_dimension" NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_hi" TEXT NOT NULL,
    "max_score" INTEGER NOT NULL DEFAULT 4,
    "weight" DECIMAL(4,2) NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "assessment_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "assessed_on" DATE NOT NULL,
    "assessed_by_id" UUID,
    "economic_score" DECIMAL(4,3) NOT NULL,
    "social_score" DECIMAL(4,3) NOT NULL,
    "psychosocial_score" DECIMAL(4,3) NOT NULL,
    "composite_score" DECIMAL(4,3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_answer" (
    "assessment_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "assessment_answer_pkey" PRIMARY KEY ("assessment_id","question_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reintegration_plan_case_id_key" ON "reintegration_plan"("case_id");

-- CreateIndex
CREATE INDEX "reintegration_plan_livelihood_track_start_on_idx" ON "reintegration_plan"("livelihood_track", "start_on");

-- CreateIndex
CREATE INDEX "milestone_plan_id_idx" ON "milestone"("plan_id");

-- CreateIndex
CREATE INDEX "milestone_due_on_met_on_idx" ON "milestone"("due_on", "met_on");

-- CreateIndex
CREATE INDEX "course_organisation_id_idx" ON "course"("organisation_id");

-- CreateIndex
CREATE INDEX "course_session_course_id_held_on_idx" ON "course_session"("course_id", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "enrolment_certificate_no_key" ON "enrolment"("certificate_no");

-- CreateIndex
CREATE INDEX "enrolment_beneficiary_id_idx" ON "enrolment"("beneficiary_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrolment_course_id_beneficiary_id_key" ON "enrolment"("course_id", "beneficiary_id");

-- CreateIndex
CREATE INDEX "income_record_month_idx" ON "income_record"("month");

-- CreateIndex
CREATE UNIQUE INDEX "income_record_beneficiary_id_month_source_key" ON "income_record"("beneficiary_id", "month", "source");

-- CreateIndex
CREATE UNIQUE INDEX "compensation_scheme_name_key" ON "compensation_scheme"("name");

-- CreateIndex
CREATE INDEX "compensation_claim_case_id_idx" ON "compensation_claim"("case_id");

-- CreateIndex
CREATE INDEX "compensation_claim_status_idx" ON "compensation_claim"("status");

-- CreateIndex
CREATE INDEX "compensation_claim_next_hearing_on_idx" ON "compensation_claim"("next_hearing_on");

-- CreateIndex
CREATE INDEX "claim_event_claim_id_occurred_on_idx" ON "claim_event"("claim_id", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_question_key_key" ON "assessment_question"("key");

-- CreateIndex
CREATE INDEX "assessment_beneficiary_id_assessed_on_idx" ON "assessment"("beneficiary_id", "assessed_on");

-- AddForeignKey
ALTER TABLE "reintegration_plan" ADD CONSTRAINT "reintegration_plan_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "care_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reintegration_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course" ADD CONSTRAINT "course_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_session" ADD CONSTRAINT "course_session_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "income_record" ADD CONSTRAINT "income_record_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compensation_claim" ADD CONSTRAINT "compensation_claim_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "care_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compensation_claim" ADD CONSTRAINT "compensation_claim_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "compensation_scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_event" ADD CONSTRAINT "claim_event_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "compensation_claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "assessment_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: amounts and scores stay in range whatever writes them.
ALTER TABLE "reintegration_plan" ADD CONSTRAINT reintegration_plan_target_positive CHECK (target_monthly_income_inr >= 0);
ALTER TABLE "income_record" ADD CONSTRAINT income_record_amount_not_negative CHECK (amount_inr >= 0);
ALTER TABLE "income_record" ADD CONSTRAINT income_record_month_first_day CHECK (extract(day FROM month) = 1);
ALTER TABLE "compensation_claim" ADD CONSTRAINT compensation_claim_amounts_not_negative
  CHECK (claimed_inr >= 0 AND (awarded_inr IS NULL OR awarded_inr >= 0) AND (disbursed_inr IS NULL OR disbursed_inr >= 0));
ALTER TABLE "course" ADD CONSTRAINT course_sessions_required_positive CHECK (sessions_required >= 1);
ALTER TABLE "assessment" ADD CONSTRAINT assessment_scores_in_range CHECK (
  economic_score BETWEEN 0 AND 1 AND social_score BETWEEN 0 AND 1 AND psychosocial_score BETWEEN 0 AND 1 AND composite_score BETWEEN 0 AND 1);
ALTER TABLE "assessment_answer" ADD CONSTRAINT assessment_answer_score_not_negative CHECK (score >= 0);
