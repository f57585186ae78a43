/**
 * Adds a large care caseload to an already seeded database, for `npm run bench`: N beneficiaries
 * (default 100,000) in the demo care organisations and nine generated ones, each with a case, and for
 * those in Re-integration / Re-compensation a plan, milestones, about 40 income rows (≈ 2,000,000 in
 * all), an enrolment, assessments and, for one in five, a compensation claim. The Shillong network
 * (the demo supervisor's organisation) holds a quarter of them; caseworker@ carries a caseload of about
 * sixty open cases, like every generated caseworker. Identity fields stay empty: the dashboards and
 * alerts measured never read them. One SQL statement per table (the bench_* work tables are plain tables,
 * since a pooled connection may change between statements), so it takes minutes, not hours.
 */
import "../load-env";
import { closeDatabase, getDatabaseConnection } from "~/lib/db.server";
import { careToday } from "~/modules/cases/case-dates";
import { refreshOutcomePeople } from "~/modules/reintegration/outcome-people.server";

const count = Number(process.argv[2] ?? 100_000);
const sql = getDatabaseConnection().sql;
const CASES_PER_CASEWORKER = 60;
/** Today on the care calendar (India), as the dashboards and alerts count days: not the server's UTC date. */
const TODAY = `'${careToday()}'::date`;

const step = async (label: string, statement: string) => {
  const started = performance.now();
  await sql.exec(statement);
  console.log(`  ${label}: ${Math.round(performance.now() - started)} ms`);
};

try {
  await step(
    "organisations",
    `INSERT INTO organisation (id, name, kind, country, region, mandates, beneficiary_code_prefix, updated_at)
     SELECT gen_random_uuid(), 'Bench NGO ' || g, 'ngo', 'IN', 'Assam', ARRAY['protection']::mandate[], 'B' || chr(64 + g) || 'N', now()
     FROM generate_series(1, 9) AS g`,
  );
  // Bucket 0 is the Shillong network (a quarter of everyone), 1-2 the other demo care organisations, 3-11 the generated ones.
  await step(
    "organisation buckets",
    `CREATE UNLOGGED TABLE bench_org AS
     SELECT row_number() OVER (ORDER BY (name <> 'Shillong Anti-Trafficking Network'), name) - 1 AS bucket, id
     FROM organisation
     WHERE name IN ('Shillong Anti-Trafficking Network', 'Brahmaputra Legal Aid Centre', 'Guwahati Police Anti-Human Trafficking Unit') OR name LIKE 'Bench NGO %'`,
  );
  await step(
    "beneficiaries",
    `INSERT INTO beneficiary (id, code, organisation_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'BEN-' || i, o.id, now() - make_interval(days => i % 900), now()
     FROM generate_series(1, ${count}) AS i
     JOIN bench_org o ON o.bucket = CASE WHEN i % 4 = 0 THEN 0 ELSE 1 + i % 11 END`,
  );
  await step(
    "caseworkers",
    `INSERT INTO app_user (id, email, name, updated_at)
     SELECT gen_random_uuid(), 'bench-caseworker-' || o.bucket || '-' || n || '@example.org', 'Bench caseworker', now()
     FROM bench_org o
     CROSS JOIN LATERAL generate_series(1, GREATEST(1, (SELECT count(*) FROM beneficiary b WHERE b.organisation_id = o.id AND b.code LIKE 'BEN-%') / ${CASES_PER_CASEWORKER})) AS n;
     INSERT INTO membership (id, user_id, organisation_id, role)
     SELECT gen_random_uuid(), u.id, o.id, 'caseworker'
     FROM app_user u JOIN bench_org o ON u.email LIKE 'bench-caseworker-' || o.bucket || '-%'`,
  );
  // Each organisation's cases are dealt to its caseworkers in turn; caseworker@ takes the first hand of the Shillong network's.
  await step(
    "cases",
    `CREATE UNLOGGED TABLE bench_hand AS
     SELECT o.id AS organisation_id, u.id AS user_id, row_number() OVER (PARTITION BY o.id ORDER BY u.email) - 1 AS seat
     FROM bench_org o JOIN membership m ON m.organisation_id = o.id AND m.role = 'caseworker'
     JOIN app_user u ON u.id = m.user_id
     WHERE u.email LIKE 'bench-caseworker-%' OR (o.bucket = 0 AND u.email = 'caseworker@demo.reweave.org');
     CREATE UNLOGGED TABLE bench_seats AS SELECT organisation_id, count(*) AS seats FROM bench_hand GROUP BY organisation_id;
     INSERT INTO care_case (id, beneficiary_id, lead_organisation_id, assigned_to_id, stage, stage_entered_at, district, state, country, review_due_on, closed_at, created_at, updated_at)
     SELECT gen_random_uuid(), b.id, b.organisation_id, h.user_id,
            (ARRAY['report','rescue','rehabilitation','repatriation','reintegration','reintegration','reintegration','recompensation','recompensation','closed'])[1 + n % 10]::case_stage,
            now() - make_interval(days => n % 400), 'East Khasi Hills', 'Meghalaya', 'IN',
            ${TODAY} + (n % 90 - 20), CASE WHEN n % 10 = 9 THEN now() - make_interval(days => n % 300) END,
            b.created_at, now()
     FROM (SELECT b.*, substr(b.code, 5)::int AS n, row_number() OVER (PARTITION BY b.organisation_id ORDER BY b.id) AS k FROM beneficiary b WHERE b.code LIKE 'BEN-%') b
     JOIN bench_seats s ON s.organisation_id = b.organisation_id
     JOIN bench_hand h ON h.organisation_id = b.organisation_id AND h.seat = (b.k - 1) % s.seats`,
  );
  await step(
    "case events",
    `INSERT INTO case_event (id, case_id, kind, occurred_on, organisation_id, service)
     SELECT gen_random_uuid(), c.id, (ARRAY['opened','service','note'])[e]::case_event_kind,
            ${TODAY} - (abs(hashtext(c.id::text || e)) % 200) - (3 - e) * 30, c.lead_organisation_id,
            CASE WHEN e = 2 THEN 'counselling'::service_kind END
     FROM care_case c CROSS JOIN generate_series(1, 3) AS e
     WHERE c.district = 'East Khasi Hills' AND c.beneficiary_id IN (SELECT id FROM beneficiary WHERE code LIKE 'BEN-%')`,
  );
  await step(
    "plans",
    `INSERT INTO reintegration_plan (id, case_id, livelihood_track, target_monthly_income_inr, start_on, updated_at)
     SELECT gen_random_uuid(), c.id,
            (ARRAY['beekeeping','handloom_weaving','handicraft','art','other_employment','education'])[1 + abs(hashtext(c.id::text)) % 6]::livelihood_track,
            300000 + (abs(hashtext(c.id::text || 't')) % 6) * 100000,
            date_trunc('month', ${TODAY}) - make_interval(months => abs(hashtext(c.id::text || 's')) % 24),
            now()
     FROM care_case c JOIN beneficiary b ON b.id = c.beneficiary_id
     WHERE b.code LIKE 'BEN-%' AND c.stage IN ('reintegration', 'recompensation');
     CREATE UNLOGGED TABLE bench_plan AS
     SELECT p.id, p.start_on, c.id AS case_id, c.beneficiary_id, c.lead_organisation_id
     FROM reintegration_plan p JOIN care_case c ON c.id = p.case_id JOIN beneficiary b ON b.id = c.beneficiary_id
     WHERE b.code LIKE 'BEN-%'`,
  );
  await step(
    "milestones",
    `INSERT INTO milestone (id, plan_id, kind, title, due_on, rule, met_on, updated_at)
     SELECT gen_random_uuid(), p.id, (ARRAY['training','income','social','psychosocial'])[m]::milestone_kind,
            (ARRAY['Training completed','Income at target','Documents obtained','Counselling plan'])[m],
            p.start_on + make_interval(months => 2 * m),
            (ARRAY['training_completed','income_at_target',NULL,NULL])[m]::milestone_rule,
            CASE WHEN abs(hashtext(p.id::text || m)) % 3 = 0 THEN p.start_on + make_interval(months => m) END,
            now()
     FROM bench_plan p CROSS JOIN generate_series(1, 4) AS m`,
  );
  // 18 months of wages for everyone with a plan, farm sales for half, shop income for a third, and so on: about 40 rows a person.
  await step(
    "income",
    `INSERT INTO income_record (id, beneficiary_id, month, source, amount_inr, updated_at)
     SELECT gen_random_uuid(), c.beneficiary_id, (date_trunc('month', ${TODAY}) - make_interval(months => k))::date, s.source::income_source,
            (abs(hashtext(c.beneficiary_id::text || k || s.source)) % 500000), now()
     FROM bench_plan p JOIN care_case c ON c.id = p.case_id
     CROSS JOIN generate_series(1, 18) AS k
     CROSS JOIN (VALUES ('wages', 1), ('farm_sales', 2), ('shop', 3), ('other_enterprise', 5), ('other', 4)) AS s(source, every)
     WHERE abs(hashtext(c.beneficiary_id::text)) % s.every = 0`,
  );
  await step(
    "courses and enrolments",
    `INSERT INTO course (id, organisation_id, title_en, livelihood_track, sessions_required, updated_at)
     SELECT gen_random_uuid(), o.id, 'Bench course ' || t, t::livelihood_track, 4, now()
     FROM bench_org o CROSS JOIN unnest(ARRAY['beekeeping','handloom_weaving','handicraft']) AS t;
     INSERT INTO enrolment (id, course_id, beneficiary_id, status, enrolled_on, completed_on)
     SELECT gen_random_uuid(), (SELECT id FROM course WHERE organisation_id = c.lead_organisation_id AND title_en LIKE 'Bench course %' ORDER BY title_en LIMIT 1),
            c.beneficiary_id, (ARRAY['enrolled','completed','completed','dropped'])[1 + abs(hashtext(p.id::text)) % 4]::enrolment_status,
            p.start_on, CASE WHEN abs(hashtext(p.id::text)) % 4 IN (1, 2) THEN p.start_on + 60 END
     FROM bench_plan p JOIN care_case c ON c.id = p.case_id`,
  );
  await step(
    "assessments",
    `INSERT INTO assessment (id, beneficiary_id, assessed_on, economic_score, social_score, psychosocial_score, composite_score)
     SELECT gen_random_uuid(), c.beneficiary_id, p.start_on + 120 * a,
            e.v, s.v, y.v, round((e.v + s.v + y.v) / 3, 3)
     FROM bench_plan p JOIN care_case c ON c.id = p.case_id
     CROSS JOIN generate_series(0, 2) AS a
     CROSS JOIN LATERAL (SELECT round((abs(hashtext(p.id::text || a || 'e')) % 1000) / 1000.0, 3) AS v) e
     CROSS JOIN LATERAL (SELECT round((abs(hashtext(p.id::text || a || 's')) % 1000) / 1000.0, 3) AS v) s
     CROSS JOIN LATERAL (SELECT round((abs(hashtext(p.id::text || a || 'y')) % 1000) / 1000.0, 3) AS v) y
     WHERE p.start_on + 120 * a <= ${TODAY}`,
  );
  await step(
    "claims",
    `INSERT INTO compensation_claim (id, case_id, scheme_id, authority, status, filed_on, claimed_inr, awarded_inr, disbursed_inr, awarded_on, disbursed_on, next_hearing_on, updated_at)
     SELECT gen_random_uuid(), c.id, (SELECT id FROM compensation_scheme ORDER BY name LIMIT 1), 'DLSA', st.status::claim_status,
            p.start_on, 20000000,
            CASE WHEN st.status IN ('awarded','disbursed') THEN 15000000 END,
            CASE WHEN st.status = 'disbursed' THEN 15000000 END,
            CASE WHEN st.status IN ('awarded','disbursed') THEN p.start_on + 90 END,
            CASE WHEN st.status = 'disbursed' THEN p.start_on + 120 END,
            CASE WHEN st.status = 'hearing' THEN ${TODAY} + abs(hashtext(c.id::text)) % 40 END,
            now()
     FROM bench_plan p JOIN care_case c ON c.id = p.case_id
     CROSS JOIN LATERAL (SELECT (ARRAY['filed','under_review','hearing','awarded','disbursed','rejected','appealed'])[1 + abs(hashtext(c.id::text || 'c')) % 7] AS status) st
     WHERE abs(hashtext(c.id::text)) % 5 = 0`,
  );
  await step("tidy", "DROP TABLE bench_org, bench_hand, bench_seats, bench_plan");
  // VACUUM too, so that autovacuum does not wake up on the new rows in the middle of the measurements.
  await step("vacuum analyze", "VACUUM ANALYZE");
  // The dashboard's outcome rows of everyone generated (the triggers marked them), as after a bulk import.
  const started = performance.now();
  const people = await refreshOutcomePeople();
  console.log(`  outcome rows of ${people.toLocaleString("en")} people: ${Math.round(performance.now() - started)} ms`);
  await step("vacuum analyze outcome rows", "VACUUM ANALYZE outcome_stale, outcome_person, outcome_person_month, outcome_person_quarter");
  const [row] = await sql.query<{ people: number; income: number }>(
    "SELECT (SELECT count(*) FROM beneficiary)::int AS people, (SELECT count(*) FROM income_record)::int AS income",
  );
  console.log(`Care data: ${row!.people.toLocaleString("en")} beneficiaries, ${row!.income.toLocaleString("en")} income rows.`);
} finally {
  await closeDatabase();
}
process.exit(0);
