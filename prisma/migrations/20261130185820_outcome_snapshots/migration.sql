-- CreateTable
CREATE TABLE "outcome_data_version" (
    "organisation_id" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outcome_data_version_pkey" PRIMARY KEY ("organisation_id")
);

-- CreateTable
CREATE TABLE "outcome_snapshot" (
    "key" TEXT NOT NULL,
    "versions" JSONB NOT NULL,
    "figures" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outcome_snapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "outcome_snapshot_computed_at_idx" ON "outcome_snapshot"("computed_at");

-- Raises the data version of the organisations leading the cases that a statement touched, once per
-- statement (transition tables), so that bulk writes cost one join rather than a trigger per row.
-- TG_ARGV[0] says how a row reaches its case: through the person, the case, the plan, or it is the case.
CREATE FUNCTION outcome_data_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  organisations text := CASE TG_ARGV[0]
    WHEN 'self' THEN 'SELECT r.lead_organisation_id AS id FROM touched r'
    WHEN 'case' THEN 'SELECT c.lead_organisation_id AS id FROM touched r JOIN care_case c ON c.id = r.case_id'
    WHEN 'plan' THEN 'SELECT c.lead_organisation_id AS id FROM touched r JOIN reintegration_plan p ON p.id = r.plan_id JOIN care_case c ON c.id = p.case_id'
    ELSE 'SELECT c.lead_organisation_id AS id FROM touched r JOIN care_case c ON c.beneficiary_id = r.beneficiary_id' END;
BEGIN
  EXECUTE format(
    'WITH touched AS (%s)
     INSERT INTO outcome_data_version AS v (organisation_id, version, changed_at)
     SELECT DISTINCT o.id, 1, now() FROM (%s) o
     ON CONFLICT (organisation_id) DO UPDATE SET version = v.version + 1, changed_at = now()',
    touched, organisations);
  RETURN NULL;
END $$;

CREATE TRIGGER care_case_outcomes_insert AFTER INSERT ON "care_case" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('self');
CREATE TRIGGER care_case_outcomes_update AFTER UPDATE ON "care_case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('self');
CREATE TRIGGER reintegration_plan_outcomes_insert AFTER INSERT ON "reintegration_plan" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER reintegration_plan_outcomes_update AFTER UPDATE ON "reintegration_plan" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER reintegration_plan_outcomes_delete AFTER DELETE ON "reintegration_plan" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER compensation_claim_outcomes_insert AFTER INSERT ON "compensation_claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER compensation_claim_outcomes_update AFTER UPDATE ON "compensation_claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER compensation_claim_outcomes_delete AFTER DELETE ON "compensation_claim" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('case');
CREATE TRIGGER milestone_outcomes_insert AFTER INSERT ON "milestone" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('plan');
CREATE TRIGGER milestone_outcomes_update AFTER UPDATE ON "milestone" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('plan');
CREATE TRIGGER milestone_outcomes_delete AFTER DELETE ON "milestone" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('plan');
CREATE TRIGGER income_record_outcomes_insert AFTER INSERT ON "income_record" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER income_record_outcomes_update AFTER UPDATE ON "income_record" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER income_record_outcomes_delete AFTER DELETE ON "income_record" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER enrolment_outcomes_insert AFTER INSERT ON "enrolment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER enrolment_outcomes_update AFTER UPDATE ON "enrolment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER enrolment_outcomes_delete AFTER DELETE ON "enrolment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER assessment_outcomes_insert AFTER INSERT ON "assessment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER assessment_outcomes_update AFTER UPDATE ON "assessment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
CREATE TRIGGER assessment_outcomes_delete AFTER DELETE ON "assessment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_data_touch('person');
