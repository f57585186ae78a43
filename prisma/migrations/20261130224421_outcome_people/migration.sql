-- CreateTable
CREATE TABLE "outcome_stale" (
    "beneficiary_id" UUID NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outcome_stale_pkey" PRIMARY KEY ("beneficiary_id")
);

-- CreateTable
CREATE TABLE "outcome_person" (
    "beneficiary_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "track" "livelihood_track" NOT NULL,
    "start_on" DATE NOT NULL,
    "target_inr" INTEGER NOT NULL,
    "enrolments" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,
    "claimed_inr" BIGINT NOT NULL,
    "awarded_inr" BIGINT NOT NULL,
    "disbursed_inr" BIGINT NOT NULL,
    "milestone_mask" INTEGER NOT NULL,
    "milestone_met" INTEGER NOT NULL,
    "shared" BOOLEAN NOT NULL,

    CONSTRAINT "outcome_person_pkey" PRIMARY KEY ("beneficiary_id","organisation_id")
);

-- CreateTable
CREATE TABLE "outcome_person_month" (
    "beneficiary_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "track" "livelihood_track" NOT NULL,
    "start_on" DATE NOT NULL,
    "total_inr" BIGINT NOT NULL,
    "shop_inr" BIGINT NOT NULL,
    "reached" BOOLEAN NOT NULL,
    "shared" BOOLEAN NOT NULL,

    CONSTRAINT "outcome_person_month_pkey" PRIMARY KEY ("beneficiary_id","organisation_id","month")
);

-- CreateTable
CREATE TABLE "outcome_person_quarter" (
    "beneficiary_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "quarter" DATE NOT NULL,
    "track" "livelihood_track" NOT NULL,
    "start_on" DATE NOT NULL,
    "assessments" INTEGER NOT NULL,
    "economic_sum" DECIMAL(10,3) NOT NULL,
    "social_sum" DECIMAL(10,3) NOT NULL,
    "psychosocial_sum" DECIMAL(10,3) NOT NULL,
    "composite_sum" DECIMAL(10,3) NOT NULL,
    "shared" BOOLEAN NOT NULL,

    CONSTRAINT "outcome_person_quarter_pkey" PRIMARY KEY ("beneficiary_id","organisation_id","quarter")
);

-- CreateIndex
CREATE INDEX "outcome_person_organisation_id_start_on_idx" ON "outcome_person"("organisation_id", "start_on");

-- CreateIndex
CREATE INDEX "outcome_person_month_organisation_id_month_total_inr_track__idx" ON "outcome_person_month"("organisation_id", "month", "total_inr", "track", "start_on", "shared", "reached", "beneficiary_id");

-- CreateIndex
CREATE INDEX "outcome_person_month_organisation_id_month_shop_inr_track_s_idx" ON "outcome_person_month"("organisation_id", "month", "shop_inr", "track", "start_on", "shared", "beneficiary_id");

-- CreateIndex
CREATE INDEX "outcome_person_quarter_organisation_id_quarter_idx" ON "outcome_person_quarter"("organisation_id", "quarter");

-- The touch of outcome_snapshots, now also marking the people a statement touched, so that only their
-- outcome rows are recomputed (decision 0015). People are marked in id order so that two writers marking
-- the same people cannot deadlock.
CREATE OR REPLACE FUNCTION outcome_data_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  cases text := CASE TG_ARGV[0]
    WHEN 'self' THEN 'SELECT r.lead_organisation_id, r.beneficiary_id FROM touched r'
    WHEN 'case' THEN 'SELECT c.lead_organisation_id, c.beneficiary_id FROM touched r JOIN care_case c ON c.id = r.case_id'
    WHEN 'plan' THEN 'SELECT c.lead_organisation_id, c.beneficiary_id FROM touched r JOIN reintegration_plan p ON p.id = r.plan_id JOIN care_case c ON c.id = p.case_id'
    ELSE 'SELECT c.lead_organisation_id, c.beneficiary_id FROM touched r JOIN care_case c ON c.beneficiary_id = r.beneficiary_id' END;
BEGIN
  EXECUTE format(
    'WITH touched AS (%s),
     cases AS MATERIALIZED (%s),
     people AS (
       INSERT INTO outcome_stale (beneficiary_id)
       SELECT DISTINCT beneficiary_id FROM cases ORDER BY beneficiary_id
       ON CONFLICT (beneficiary_id) DO NOTHING)
     INSERT INTO outcome_data_version AS v (organisation_id, version, changed_at)
     SELECT DISTINCT lead_organisation_id, 1, now() FROM cases ORDER BY lead_organisation_id
     ON CONFLICT (organisation_id) DO UPDATE SET version = v.version + 1, changed_at = now()',
    touched, cases);
  RETURN NULL;
END $$;

-- Everyone with a plan starts stale: the first count builds their rows.
INSERT INTO outcome_stale (beneficiary_id)
SELECT DISTINCT c.beneficiary_id FROM reintegration_plan p JOIN care_case c ON c.id = p.case_id;
