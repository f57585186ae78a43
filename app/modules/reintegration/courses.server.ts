import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import {
  organisationScope,
  type SessionUser,
} from "~/modules/identity/index.server";
import type { CourseInput } from "./training-schemas";

/**
 * Courses belong to an organisation. Supervisors and coordinators keep them (manage:course); the
 * organisation's caseworkers see them to enrol people and take attendance (manage:enrolment).
 */

function orgIds(
  user: SessionUser,
  permission: "manage:course:org" | "manage:enrolment:org"
) {
  const scope = organisationScope(user, permission);
  // Nobody holds these at "any" scope; if a role ever does, it still sees only its own organisations' courses.
  return scope === "any"
    ? user.memberships.map((m) => m.organisationId)
    : scope;
}

/** The organisations whose courses the user may open. */
export function trainingOrganisationIds(user: SessionUser) {
  return [
    ...new Set([
      ...orgIds(user, "manage:course:org"),
      ...orgIds(user, "manage:enrolment:org"),
    ]),
  ];
}

export function canManageCourses(user: SessionUser, organisationId: string) {
  return orgIds(user, "manage:course:org").includes(organisationId);
}

export function canManageEnrolment(user: SessionUser, organisationId: string) {
  return orgIds(user, "manage:enrolment:org").includes(organisationId);
}

/** The organisations the user may create courses for. */
export async function courseOrganisations(user: SessionUser) {
  const ids = orgIds(user, "manage:course:org");
  if (!ids.length) return [];
  return db.organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export interface CourseRow {
  id: string;
  titleEn: string;
  titleHi: string | null;
  livelihoodTrack: string | null;
  sessionsRequired: number;
  organisation: string;
  sessions: number;
  enrolled: number;
  completed: number;
}

/** The courses of the user's organisations, with their sessions and enrolled/completed counts. */
export async function listCourses(user: SessionUser): Promise<CourseRow[]> {
  const ids = trainingOrganisationIds(user);
  if (!ids.length) return [];
  const courses = await db.course.findMany({
    where: { organisationId: { in: ids } },
    select: {
      id: true,
      titleEn: true,
      titleHi: true,
      livelihoodTrack: true,
      sessionsRequired: true,
      organisation: { select: { name: true } },
      _count: { select: { sessions: true } },
    },
    orderBy: [{ organisation: { name: "asc" } }, { titleEn: "asc" }],
  });
  const counts = courses.length
    ? await db.enrolment.groupBy({
        by: ["courseId", "status"],
        where: { courseId: { in: courses.map((c) => c.id) } },
        _count: { _all: true },
      })
    : [];
  const count = (courseId: string, status: string) =>
    counts.find((row) => row.courseId === courseId && row.status === status)
      ?._count._all ?? 0;
  return courses.map((course) => ({
    id: course.id,
    titleEn: course.titleEn,
    titleHi: course.titleHi,
    livelihoodTrack: course.livelihoodTrack,
    sessionsRequired: course.sessionsRequired,
    organisation: course.organisation.name,
    sessions: course._count.sessions,
    // Everyone enrolled and not dropped, completed included.
    enrolled: count(course.id, "enrolled") + count(course.id, "completed"),
    completed: count(course.id, "completed"),
  }));
}

type Outcome =
  | { ok: true; courseId: string }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** Creates a course for one of the user's organisations (chosen when there are several). Null when the user keeps none. */
export async function createCourse(
  user: SessionUser,
  input: CourseInput,
  ip: string | null
): Promise<Outcome | null> {
  const organisations = await courseOrganisations(user);
  if (!organisations.length) return null;
  const organisationId =
    input.organisationId ??
    (organisations.length === 1 ? organisations[0]!.id : undefined);
  if (
    !organisationId ||
    !organisations.some((org) => org.id === organisationId)
  )
    return {
      ok: false,
      fieldErrors: { organisationId: ["validation.choose"] },
    };
  const course = await db.$transaction(async (tx) => {
    const created = await tx.course.create({
      data: {
        organisationId,
        titleEn: input.titleEn,
        titleHi: input.titleHi,
        descriptionEn: input.descriptionEn,
        descriptionHi: input.descriptionHi,
        livelihoodTrack: input.livelihoodTrack ?? null,
        sessionsRequired: input.sessionsRequired,
      },
    });
    await recordAudit(
      {
        action: "care.course.saved",
        actorId: user.id,
        organisationId,
        entityType: "course",
        entityId: created.id,
        ip,
        details: { created: true, sessionsRequired: input.sessionsRequired },
      },
      tx
    );
    return created;
  });
  return { ok: true, courseId: course.id };
}

/**
 * Saves a course's texts, track and sessions required (its organisation stays). Null when the course is
 * not one the user may manage; completions already recorded stand whatever the new number of sessions.
 */
export async function updateCourse(user: SessionUser, courseId: string, input: CourseInput, ip: string | null): Promise<{ ok: true } | null> {
  const course = await db.course.findUnique({ where: { id: courseId }, select: { organisationId: true } });
  if (!course || !canManageCourses(user, course.organisationId)) return null;
  await db.$transaction(async (tx) => {
    await tx.course.update({
      where: { id: courseId },
      data: {
        titleEn: input.titleEn,
        titleHi: input.titleHi,
        descriptionEn: input.descriptionEn,
        descriptionHi: input.descriptionHi,
        livelihoodTrack: input.livelihoodTrack ?? null,
        sessionsRequired: input.sessionsRequired,
      },
    });
    await recordAudit(
      { action: "care.course.saved", actorId: user.id, organisationId: course.organisationId, entityType: "course", entityId: courseId, ip, details: { created: false, sessionsRequired: input.sessionsRequired } },
      tx
    );
  });
  return { ok: true };
}

/** The courses every organisation starts from; the seed calls ensureDefaultCourses. */
export const DEFAULT_COURSES = [
  {
    titleEn: "Beekeeping basics",
    titleHi: "मधुमक्खी पालन की बुनियादी बातें",
    descriptionEn:
      "Handling hives safely, seasons and forage, harvesting and selling honey.",
    descriptionHi:
      "छत्तों को सुरक्षित रूप से संभालना, मौसम और चारा, शहद निकालना और बेचना।",
    livelihoodTrack: "beekeeping",
    sessionsRequired: 6,
  },
  {
    titleEn: "Natural dyeing",
    titleHi: "प्राकृतिक रंगाई",
    descriptionEn:
      "Dyes from local plants, mordants, colour fastness and safe work.",
    descriptionHi:
      "स्थानीय पौधों से रंग, रंगबंधक, रंग का पक्कापन और सुरक्षित काम।",
    livelihoodTrack: "handloom_weaving",
    sessionsRequired: 4,
  },
  {
    titleEn: "Book-keeping for small producers",
    titleHi: "छोटे उत्पादकों के लिए बही-खाता",
    descriptionEn:
      "Recording sales and costs, pricing, saving and a bank account.",
    descriptionHi: "बिक्री और लागत लिखना, दाम तय करना, बचत और बैंक खाता।",
    livelihoodTrack: null,
    sessionsRequired: 3,
  },
] as const;

/** Creates the default courses for an organisation that has none yet; does nothing otherwise. */
export async function ensureDefaultCourses(organisationId: string) {
  if (await db.course.count({ where: { organisationId } })) return 0;
  await db.course.createMany({
    data: DEFAULT_COURSES.map((course) => ({ ...course, organisationId })),
  });
  return DEFAULT_COURSES.length;
}
