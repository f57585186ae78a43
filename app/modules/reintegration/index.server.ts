/** The reintegration module's public surface: plans, milestones, training, income, claims, assessments. */
export { savePlan, canEditReintegration, planStageAllows, reintegrationCase, type Outcome, type ReintegrationCase } from "./plans.server";
export { reintegrationPage, requireReintegrationTeam, type ReintegrationPageData } from "./plans-page.server";
export { addMilestone, tickMilestone, milestoneState, type MilestoneState } from "./milestones.server";
export { evaluateMilestones, evaluateMilestonesForBeneficiary, incomeTargetMetOn } from "./milestone-rules.server";
export { recordIncome, incomeTable, recentMonths, INCOME_TABLE_MONTHS } from "./income.server";
export { syncShopIncome, shopLinkState, monthLinked } from "./shop-income.server";
export { courseOrganisations, createCourse, listCourses, ensureDefaultCourses, trainingOrganisationIds, canManageCourses, canManageEnrolment, DEFAULT_COURSES, type CourseRow } from "./courses.server";
export { courseForUser, coursePage, addSession, enrolByCode, recordAttendance, completeEnrolment, dropEnrolment, trainingHistory, courseShort } from "./training.server";
export { onTrainingCompleted } from "./training-hooks.server";
export { ensureQuestions, questionsInForce, canRecordAssessment, recordAssessment, writeAssessment, earliestAssessmentDay, type QuestionInForce, type RecordOutcome } from "./assessments.server";
export { assessmentTrajectory, latestScoreDrop, scoreDropsAmong, type AssessmentPoint, type ScoreDrop } from "./assessments-view.server";
export { ensureSchemes, listSchemes } from "./schemes.server";
export { DEFAULT_SCHEMES, type SchemeData } from "./default-schemes";
export { requireClaimsCase, canManageClaims } from "./claims-access.server";
export { claimsOfCase, fileClaim, claimDetail } from "./claims.server";
export { changeClaimStatus, scheduleHearing, recordHearingHeld, recordCourtMilestone, type ClaimOutcome } from "./claims-changes.server";
export { hearingsWithin, sendHearingReminders, HEARING_REMINDER_DAYS } from "./claims-reminders.server";
export { startHearingReminders, runHearingReminders } from "./reminder-schedule.server";
