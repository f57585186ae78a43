import { db, isUniqueViolation, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import {
  accessToBeneficiary,
  BENEFICIARY_CODE,
} from "~/modules/cases/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import {
  canManageCourses,
  canManageEnrolment,
  trainingOrganisationIds,
} from "./courses.server";
import { onTrainingCompleted } from "./training-hooks.server";
import { todayIso } from "./training-schemas";

/**
 * A course's sessions, enrolments, attendance and completion. People appear by code only; enrolling
 * a person needs team access to her (an unknown code and one the user may not see give the same answer).
 */

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The course, when it belongs to one of the user's organisations; null otherwise (the route answers 404). */
export async function courseForUser(user: SessionUser, courseId: string) {
  const course = await db.course.findUnique({
    where: { id: courseId },
    include: { organisation: { select: { name: true } } },
  });
  if (!course || !trainingOrganisationIds(user).includes(course.organisationId))
    return null;
  return course;
}

export async function coursePage(user: SessionUser, courseId: string) {
  const course = await courseForUser(user, courseId);
  if (!course) return null;
  const [sessions, enrolments] = await Promise.all([
    db.courseSession.findMany({
      where: { courseId },
      orderBy: [{ heldOn: "asc" }, { createdAt: "asc" }],
      include: {
        attendance: { where: { present: true }, select: { enrolmentId: true } },
      },
    }),
    db.enrolment.findMany({
      where: { courseId },
      orderBy: [{ enrolledOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        status: true,
        enrolledOn: true,
        completedOn: true,
        certificateNo: true,
        beneficiary: { select: { code: true } },
        _count: { select: { attendance: { where: { present: true } } } },
      },
    }),
  ]);
  return {
    course: {
      id: course.id,
      organisation: course.organisation.name,
      titleEn: course.titleEn,
      titleHi: course.titleHi,
      descriptionEn: course.descriptionEn,
      descriptionHi: course.descriptionHi,
      livelihoodTrack: course.livelihoodTrack,
      sessionsRequired: course.sessionsRequired,
    },
    can: {
      manageCourse: canManageCourses(user, course.organisationId),
      manageEnrolment: canManageEnrolment(user, course.organisationId),
    },
    sessions: sessions.map((session) => ({
      id: session.id,
      heldOn: isoOf(session.heldOn),
      place: session.place,
      present: session.attendance.map((a) => a.enrolmentId),
    })),
    enrolments: enrolments.map((enrolment) => ({
      id: enrolment.id,
      code: enrolment.beneficiary.code,
      status: enrolment.status,
      enrolledOn: isoOf(enrolment.enrolledOn),
      completedOn: enrolment.completedOn ? isoOf(enrolment.completedOn) : null,
      certificateNo: enrolment.certificateNo,
      attended: enrolment._count.attendance,
      canComplete:
        enrolment.status === "enrolled" &&
        enrolment._count.attendance >= course.sessionsRequired,
    })),
    today: todayIso(),
  };
}

type Actor = { user: SessionUser; ip: string | null };
type Refusal = { ok: false; field: string; message: string };
type Outcome = { ok: true } | Refusal | null;
const refuse = (field: string, message: string): Refusal => ({
  ok: false,
  field,
  message,
});

async function managedCourse(
  user: SessionUser,
  courseId: string,
  need: "course" | "enrolment"
) {
  const course = await courseForUser(user, courseId);
  if (!course) return null;
  const allowed =
    need === "course"
      ? canManageCourses(user, course.organisationId)
      : canManageEnrolment(user, course.organisationId);
  return allowed ? course : null;
}

/** Adds a session (manage:course). Null when the user may not. */
export async function addSession(
  { user, ip }: Actor,
  courseId: string,
  input: { heldOn: string; place: string | null }
): Promise<Outcome> {
  const course = await managedCourse(user, courseId, "course");
  if (!course) return null;
  const session = await db.courseSession.create({
    data: { courseId, heldOn: day(input.heldOn), place: input.place },
  });
  await recordAudit({
    action: "care.course.saved",
    actorId: user.id,
    organisationId: course.organisationId,
    entityType: "course",
    entityId: courseId,
    ip,
    details: { sessionAdded: session.id, heldOn: input.heldOn },
  });
  return { ok: true };
}

/** Enrols the person with this code (manage:enrolment, team access to her). */
export async function enrolByCode(
  { user, ip }: Actor,
  courseId: string,
  code: string
): Promise<Outcome> {
  const course = await managedCourse(user, courseId, "enrolment");
  if (!course) return null;
  const notFound = refuse("code", "careTraining:errors.notFound");
  if (!BENEFICIARY_CODE.test(code)) return notFound;
  const found = await accessToBeneficiary(user, code);
  if (!found || found.access.kind !== "team") return notFound;
  const { beneficiary } = found;
  // The course's organisation must be one of her team's, not only one of the user's.
  const teamOrgs = new Set([
    beneficiary.organisationId,
    ...beneficiary.cases.map((c) => c.leadOrganisationId),
  ]);
  if (!teamOrgs.has(course.organisationId)) return notFound;
  try {
    await db.$transaction(async (tx) => {
      await tx.enrolment.create({
        data: {
          courseId,
          beneficiaryId: beneficiary.id,
          enrolledOn: day(todayIso()),
        },
      });
      await recordAudit(
        {
          action: "care.training.enrolled",
          actorId: user.id,
          organisationId: course.organisationId,
          entityType: "beneficiary",
          entityId: beneficiary.code,
          ip,
          details: { courseId },
        },
        tx
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return refuse("code", "careTraining:errors.alreadyEnrolled");
    throw error;
  }
  return { ok: true };
}

/** Saves the attendance of a whole session at once: the listed enrolments present, every other active one absent. */
export async function recordAttendance(
  { user, ip }: Actor,
  courseId: string,
  input: { sessionId: string; present: string[] }
): Promise<Outcome> {
  const course = await managedCourse(user, courseId, "enrolment");
  if (!course) return null;
  const session = await db.courseSession.findFirst({
    where: { id: input.sessionId, courseId },
  });
  if (!session) return null;
  if (isoOf(session.heldOn) > todayIso())
    return refuse("sessionId", "careTraining:errors.sessionInFuture");
  const enrolments = await db.enrolment.findMany({
    where: { courseId, status: { not: "dropped" } },
    select: { id: true },
  });
  const present = new Set(input.present);
  if ([...present].some((id) => !enrolments.some((e) => e.id === id)))
    return refuse("sessionId", "validation.invalid");
  await db.$transaction(async (tx) => {
    for (const enrolment of enrolments) {
      const isPresent = present.has(enrolment.id);
      await tx.attendance.upsert({
        where: {
          sessionId_enrolmentId: {
            sessionId: session.id,
            enrolmentId: enrolment.id,
          },
        },
        create: {
          sessionId: session.id,
          enrolmentId: enrolment.id,
          present: isPresent,
        },
        update: { present: isPresent },
      });
    }
    await recordAudit(
      {
        action: "care.training.attendance_recorded",
        actorId: user.id,
        organisationId: course.organisationId,
        entityType: "course_session",
        entityId: session.id,
        ip,
        details: {
          courseId,
          present: present.size,
          enrolled: enrolments.length,
        },
      },
      tx
    );
  });
  return { ok: true };
}

/** "Book-keeping for small producers" → "BFSP": the initials of the English title, at most five. */
export function courseShort(titleEn: string) {
  const initials = titleEn
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join("")
    .slice(0, 5);
  return initials || "COURSE";
}

async function nextCertificateNo(tx: Tx, titleEn: string, year: number) {
  const prefix = `CERT-${courseShort(titleEn)}-${year}-`;
  const issued = await tx.enrolment.findMany({
    where: { certificateNo: { startsWith: prefix } },
    select: { certificateNo: true },
  });
  const highest = issued.reduce(
    (max, row) =>
      Math.max(max, Number(row.certificateNo!.slice(prefix.length)) || 0),
    0
  );
  return `${prefix}${String(highest + 1).padStart(4, "0")}`;
}

/** Marks a person's course completed when she attended enough sessions, and issues her certificate. */
export async function completeEnrolment(
  { user, ip }: Actor,
  courseId: string,
  input: { enrolmentId: string; completedOn: string }
): Promise<Outcome> {
  const course = await managedCourse(user, courseId, "enrolment");
  if (!course) return null;
  const enrolment = await db.enrolment.findFirst({
    where: { id: input.enrolmentId, courseId },
    select: {
      id: true,
      status: true,
      enrolledOn: true,
      beneficiary: { select: { id: true, code: true } },
      _count: { select: { attendance: { where: { present: true } } } },
    },
  });
  if (!enrolment) return null;
  if (enrolment.status !== "enrolled")
    return refuse("enrolmentId", "careTraining:errors.notActive");
  if (enrolment._count.attendance < course.sessionsRequired)
    return refuse("enrolmentId", "careTraining:errors.notEnoughSessions");
  if (input.completedOn > todayIso())
    return refuse("completedOn", "careTraining:errors.future");
  if (input.completedOn < isoOf(enrolment.enrolledOn))
    return refuse("completedOn", "careTraining:errors.beforeEnrolment");
  const year = Number(input.completedOn.slice(0, 4));
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$transaction(async (tx) => {
        const certificateNo = await nextCertificateNo(tx, course.titleEn, year);
        const updated = await tx.enrolment.updateMany({
          where: { id: enrolment.id, status: "enrolled" },
          data: {
            status: "completed",
            completedOn: day(input.completedOn),
            certificateNo,
          },
        });
        if (!updated.count) throw new Error("enrolment changed meanwhile");
        await recordAudit(
          {
            action: "care.training.completed",
            actorId: user.id,
            organisationId: course.organisationId,
            entityType: "beneficiary",
            entityId: enrolment.beneficiary.code,
            ip,
            details: { courseId, certificateNo },
          },
          tx
        );
      });
      break;
    } catch (error) {
      // Two completions at once may pick the same number: the unique index refuses one, which tries again.
      if (attempt < 4 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
  await onTrainingCompleted(enrolment.beneficiary.id);
  return { ok: true };
}

/** Drops a person from a course (her attendance stays on record). */
export async function dropEnrolment(
  { user, ip }: Actor,
  courseId: string,
  enrolmentId: string
): Promise<Outcome> {
  const course = await managedCourse(user, courseId, "enrolment");
  if (!course) return null;
  const enrolment = await db.enrolment.findFirst({
    where: { id: enrolmentId, courseId },
    select: { id: true, status: true, beneficiary: { select: { code: true } } },
  });
  if (!enrolment) return null;
  if (enrolment.status !== "enrolled")
    return refuse("enrolmentId", "careTraining:errors.notActive");
  await db.$transaction(async (tx) => {
    await tx.enrolment.update({
      where: { id: enrolment.id },
      data: { status: "dropped" },
    });
    await recordAudit(
      {
        action: "care.training.dropped",
        actorId: user.id,
        organisationId: course.organisationId,
        entityType: "beneficiary",
        entityId: enrolment.beneficiary.code,
        ip,
        details: { courseId },
      },
      tx
    );
  });
  return { ok: true };
}

/** A person's training history: every course she was enrolled in, with attendance, status and certificate. */
export async function trainingHistory(beneficiaryId: string) {
  const enrolments = await db.enrolment.findMany({
    where: { beneficiaryId },
    orderBy: [{ enrolledOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      status: true,
      enrolledOn: true,
      completedOn: true,
      certificateNo: true,
      course: {
        select: {
          id: true,
          titleEn: true,
          titleHi: true,
          sessionsRequired: true,
          organisation: { select: { name: true } },
        },
      },
      _count: { select: { attendance: { where: { present: true } } } },
    },
  });
  return enrolments.map((e) => ({
    id: e.id,
    courseId: e.course.id,
    titleEn: e.course.titleEn,
    titleHi: e.course.titleHi,
    organisation: e.course.organisation.name,
    sessionsRequired: e.course.sessionsRequired,
    attended: e._count.attendance,
    status: e.status,
    enrolledOn: isoOf(e.enrolledOn),
    completedOn: e.completedOn ? isoOf(e.completedOn) : null,
    certificateNo: e.certificateNo,
  }));
}
