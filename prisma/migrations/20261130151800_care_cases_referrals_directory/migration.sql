-- CreateEnum
CREATE TYPE "consent_purpose" AS ENUM ('case_management', 'share_partners', 'share_authorities', 'public_maker_profile', 'link_earnings');

-- CreateEnum
CREATE TYPE "consent_method" AS ENUM ('written', 'verbal_witnessed', 'guardian');

-- CreateEnum
CREATE TYPE "case_stage" AS ENUM ('report', 'rescue', 'rehabilitation', 'repatriation', 'reintegration', 'recompensation', 'closed');

-- CreateEnum
CREATE TYPE "service_kind" AS ENUM ('counselling', 'medical', 'legal_aid', 'shelter', 'education', 'vocational_training', 'family_tracing', 'investigation', 'repatriation');

-- CreateEnum
CREATE TYPE "case_event_kind" AS ENUM ('opened', 'stage_changed', 'service', 'note', 'assigned', 'close_requested', 'close_approved', 'close_rejected', 'referral_sent', 'referral_answered', 'transferred');

-- CreateEnum
CREATE TYPE "referral_kind" AS ENUM ('service', 'transfer');

-- CreateEnum
CREATE TYPE "referral_status" AS ENUM ('pending', 'accepted', 'rejected', 'completed', 'revoked');

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "beneficiary_code_prefix" VARCHAR(3) NOT NULL DEFAULT 'RWV',
ADD COLUMN     "caseworkers_see_own_cases_only" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "beneficiary" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "registered_by_id" UUID,
    "legal_name" TEXT,
    "other_names" TEXT,
    "date_of_birth" TEXT,
    "estimated_age" TEXT,
    "sex_gender" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "origin_district" TEXT,
    "origin_state" TEXT,
    "origin_country" TEXT,
    "languages" TEXT,
    "identity_documents" TEXT,
    "photo_file" TEXT,
    "match_key" TEXT,
    "maker_id" UUID,
    "anonymised_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "beneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "beneficiary_code_counter" (
    "prefix" VARCHAR(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "beneficiary_code_counter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateTable
CREATE TABLE "consent" (
    "id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "purpose" "consent_purpose" NOT NULL,
    "method" "consent_method" NOT NULL,
    "given_on" DATE NOT NULL,
    "recorded_by_id" UUID,
    "witness" TEXT,
    "evidence_file" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_case" (
    "id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "lead_organisation_id" UUID NOT NULL,
    "assigned_to_id" UUID,
    "stage" "case_stage" NOT NULL DEFAULT 'report',
    "stage_entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "district" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "review_due_on" DATE,
    "close_requested_at" TIMESTAMPTZ(3),
    "close_requested_by_id" UUID,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "care_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_checklist_item" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "stage" "case_stage" NOT NULL,
    "label_en" TEXT NOT NULL,
    "label_hi" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stage_checklist_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "case_event_kind" NOT NULL,
    "occurred_on" DATE NOT NULL,
    "actor_id" UUID,
    "organisation_id" UUID,
    "from_stage" "case_stage",
    "to_stage" "case_stage",
    "service" "service_kind",
    "checklist" JSONB,
    "referral_id" UUID,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "referral_kind" NOT NULL,
    "from_organisation_id" UUID NOT NULL,
    "to_organisation_id" UUID NOT NULL,
    "service" "service_kind",
    "reason" TEXT NOT NULL,
    "shared_fields" TEXT[],
    "consent_override" BOOLEAN NOT NULL DEFAULT false,
    "override_reason" TEXT,
    "status" "referral_status" NOT NULL DEFAULT 'pending',
    "created_by_id" UUID,
    "responded_by_id" UUID,
    "responded_at" TIMESTAMPTZ(3),
    "response_note" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directory_service" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "service" "service_kind" NOT NULL,
    "description_en" TEXT NOT NULL,
    "description_hi" TEXT,
    "districts" TEXT[],
    "states" TEXT[],
    "countries" TEXT[],
    "languages" TEXT[],
    "phone" TEXT,
    "email" TEXT,
    "hours" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "directory_service_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "beneficiary_code_key" ON "beneficiary"("code");

-- CreateIndex
CREATE UNIQUE INDEX "beneficiary_maker_id_key" ON "beneficiary"("maker_id");

-- CreateIndex
CREATE INDEX "beneficiary_organisation_id_created_at_idx" ON "beneficiary"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "beneficiary_match_key_idx" ON "beneficiary"("match_key");

-- CreateIndex
CREATE INDEX "consent_beneficiary_id_purpose_idx" ON "consent"("beneficiary_id", "purpose");

-- CreateIndex
CREATE INDEX "care_case_lead_organisation_id_stage_idx" ON "care_case"("lead_organisation_id", "stage");

-- CreateIndex
CREATE INDEX "care_case_assigned_to_id_stage_idx" ON "care_case"("assigned_to_id", "stage");

-- CreateIndex
CREATE INDEX "care_case_beneficiary_id_idx" ON "care_case"("beneficiary_id");

-- CreateIndex
CREATE INDEX "stage_checklist_item_organisation_id_stage_idx" ON "stage_checklist_item"("organisation_id", "stage");

-- CreateIndex
CREATE INDEX "case_event_case_id_occurred_on_idx" ON "case_event"("case_id", "occurred_on");

-- CreateIndex
CREATE INDEX "referral_to_organisation_id_status_idx" ON "referral"("to_organisation_id", "status");

-- CreateIndex
CREATE INDEX "referral_from_organisation_id_status_idx" ON "referral"("from_organisation_id", "status");

-- CreateIndex
CREATE INDEX "referral_case_id_idx" ON "referral"("case_id");

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_idx" ON "notification"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "directory_service_organisation_id_idx" ON "directory_service"("organisation_id");

-- CreateIndex
CREATE INDEX "directory_service_service_idx" ON "directory_service"("service");

-- AddForeignKey
ALTER TABLE "beneficiary" ADD CONSTRAINT "beneficiary_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beneficiary" ADD CONSTRAINT "beneficiary_maker_id_fkey" FOREIGN KEY ("maker_id") REFERENCES "maker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_case" ADD CONSTRAINT "care_case_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_case" ADD CONSTRAINT "care_case_lead_organisation_id_fkey" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_case" ADD CONSTRAINT "care_case_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_checklist_item" ADD CONSTRAINT "stage_checklist_item_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "care_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "care_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_fkey" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "directory_service" ADD CONSTRAINT "directory_service_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the case timeline is append-only. The one change allowed is erasing notes
-- (anonymisation); deleting or rewriting history is refused, whoever asks.
CREATE FUNCTION case_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.notes IS NULL
     AND (to_jsonb(NEW) - 'notes') = (to_jsonb(OLD) - 'notes') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'case_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION case_event_refuse_change();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON "case_event"
  FOR EACH STATEMENT EXECUTE FUNCTION case_event_refuse_change();

-- Codes are short upper-case prefixes (MEG, ASM).
ALTER TABLE "organisation" ADD CONSTRAINT organisation_beneficiary_code_prefix_format CHECK (beneficiary_code_prefix ~ '^[A-Z]{3}$');
