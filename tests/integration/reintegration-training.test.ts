import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { ensureDefaultCourses } from "~/modules/reintegration/index.server";
import { todayIso } from "~/modules/reintegration/training-schemas";
import { loader as historyLoader } from "~/routes/care.beneficiaries.$code_.training";
import {
  action as courseAction,
  loader as courseLoader,
} from "~/routes/care.training.$courseId";
import { action as editAction, loader as editLoader } from "~/routes/care.training.$courseId_.edit";
import { loader as listLoader } from "~/routes/care.training._index";
import {
  action as newAction,
  loader as newLoader,
} from "~/routes/care.training.new";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

type Role = "supervisor" | "coordinator" | "caseworker";

async function trainingWorld() {
  const home = await careOrganisation({ prefix: "TRN" });
  const other = await careOrganisation({ prefix: "OTH" });
  const signed = async (role: Role, organisationId: string) => {
    const user = await careUser(role, organisationId);
    return { user, cookie: await signIn(user) };
  };
  const supervisor = await signed("supervisor", home.id);
  const caseworker = await signed("caseworker", home.id);
  const otherSupervisor = await signed("supervisor", other.id);
  const asha = await careBeneficiary({
    organisationId: home.id,
    stage: "reintegration",
  });
  const bina = await careBeneficiary({
    organisationId: home.id,
    stage: "reintegration",
  });
  const stranger = await careBeneficiary({
    organisationId: other.id,
    stage: "reintegration",
  });
  return {
    home,
    other,
    supervisor,
    caseworker,
    otherSupervisor,
    asha,
    bina,
    stranger,
  };
}

const course = {
  titleEn: "Beekeeping basics",
  titleHi: "मधुमक्खी पालन की बुनियादी बातें",
  descriptionEn: "Hives and honey",
  livelihoodTrack: "beekeeping",
  sessionsRequired: "2",
};

const create = (cookie: string, form: Record<string, string>) =>
  settle(newAction(args(makeRequest("/care/training/new", { cookie, form }))));
const post = (
  cookie: string,
  courseId: string,
  form: Record<string, string | string[]>
) =>
  settle(
    courseAction(
      args(makeRequest(`/care/training/${courseId}`, { cookie, form }), {
        courseId,
      })
    )
  );
const open = (cookie: string, courseId: string) =>
  settle(
    courseLoader(
      args(makeRequest(`/care/training/${courseId}`, { cookie }), { courseId })
    )
  );

async function createdCourse(
  cookie: string,
  form: Record<string, string> = course
) {
  const location = locationOf(await create(cookie, form));
  const id = /^\/care\/training\/([0-9a-f-]{36})\?done=created$/.exec(
    location ?? ""
  )?.[1];
  if (!id) throw new Error(`unexpected redirect ${location}`);
  return id;
}

describe("care: training courses", () => {
  it("a supervisor creates a course; a missing title or zero sessions are refused and nothing is saved", async () => {
    const world = await trainingWorld();
    const missingTitle = refused(
      await create(world.supervisor.cookie, { ...course, titleEn: "" })
    );
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.errors.titleEn).toEqual(["validation.required"]);
    const zero = refused(
      await create(world.supervisor.cookie, {
        ...course,
        sessionsRequired: "0",
      })
    );
    expect(zero.status).toBe(400);
    expect(zero.errors.sessionsRequired).toEqual([
      "careTraining:errors.sessionsRequired",
    ]);
    expect(
      await db.course.count({ where: { organisationId: world.home.id } })
    ).toBe(0);

    const courseId = await createdCourse(world.supervisor.cookie);
    expect(
      await db.course.findUniqueOrThrow({ where: { id: courseId } })
    ).toMatchObject({
      organisationId: world.home.id,
      titleEn: "Beekeeping basics",
      titleHi: "मधुमक्खी पालन की बुनियादी बातें",
      livelihoodTrack: "beekeeping",
      sessionsRequired: 2,
    });
    expect(
      await db.auditLog.count({
        where: { action: "care.course.saved", entityId: courseId },
      })
    ).toBe(1);

    const list = await listLoader(
      args(makeRequest("/care/training", { cookie: world.caseworker.cookie }))
    );
    expect(list.courses).toEqual([
      expect.objectContaining({
        id: courseId,
        sessions: 0,
        enrolled: 0,
        completed: 0,
      }),
    ]);
    expect(list.canCreate).toBe(false);
  });

  it("a caseworker cannot create a course (403); another organisation's supervisor cannot see it (404)", async () => {
    const world = await trainingWorld();
    expect(
      (
        (await settle(
          newLoader(
            args(
              makeRequest("/care/training/new", {
                cookie: world.caseworker.cookie,
              })
            )
          )
        )) as Response
      ).status
    ).toBe(403);
    expect(
      ((await create(world.caseworker.cookie, course)) as Response).status
    ).toBe(403);
    expect(
      await db.course.count({ where: { organisationId: world.home.id } })
    ).toBe(0);
    const courseId = await createdCourse(world.supervisor.cookie);
    expect(
      ((await open(world.otherSupervisor.cookie, courseId)) as Response).status
    ).toBe(404);
    expect(
      (
        (await post(world.otherSupervisor.cookie, courseId, {
          intent: "session",
          heldOn: "2026-01-05",
        })) as Response
      ).status
    ).toBe(404);
    const theirs = await listLoader(
      args(
        makeRequest("/care/training", { cookie: world.otherSupervisor.cookie })
      )
    );
    expect(theirs.courses).toEqual([]);
    expect(await db.courseSession.count({ where: { courseId } })).toBe(0);
  });

  it("a supervisor edits a course; an empty title is refused with nothing changed; caseworkers get 403, another organisation 404", async () => {
    const world = await trainingWorld();
    const courseId = await createdCourse(world.supervisor.cookie);
    const edit = (cookie: string, form: Record<string, string>) =>
      settle(editAction(args(makeRequest(`/care/training/${courseId}/edit`, { cookie, form }), { courseId })));

    const page = await editLoader(args(makeRequest(`/care/training/${courseId}/edit`, { cookie: world.supervisor.cookie }), { courseId }));
    expect(page.course).toMatchObject({ titleEn: "Beekeeping basics", livelihoodTrack: "beekeeping", sessionsRequired: "2" });

    const empty = refused(await edit(world.supervisor.cookie, { ...course, titleEn: " " }));
    expect(empty.status).toBe(400);
    expect(empty.errors.titleEn).toEqual(["validation.required"]);
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).titleEn).toBe("Beekeeping basics");

    expect(locationOf(await edit(world.supervisor.cookie, { ...course, titleEn: "Beekeeping for beginners", sessionsRequired: "3", livelihoodTrack: "" }))).toBe(
      `/care/training/${courseId}?done=saved`
    );
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({
      organisationId: world.home.id,
      titleEn: "Beekeeping for beginners",
      livelihoodTrack: null,
      sessionsRequired: 3,
    });
    expect(await db.auditLog.count({ where: { action: "care.course.saved", entityId: courseId } })).toBe(2);

    expect(((await edit(world.caseworker.cookie, course)) as Response).status).toBe(403);
    expect(((await edit(world.otherSupervisor.cookie, course)) as Response).status).toBe(404);
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).titleEn).toBe("Beekeeping for beginners");
  });

  it("enrols a person by code, once; another organisation's person or an unknown code get the same not-found message", async () => {
    const world = await trainingWorld();
    const courseId = await createdCourse(world.supervisor.cookie);
    const code = world.asha.beneficiary.code;
    expect(
      locationOf(
        await post(world.caseworker.cookie, courseId, {
          intent: "enrol",
          code: code.toLowerCase(),
        })
      )
    ).toBe(`/care/training/${courseId}?done=enrolled`);
    expect(
      await db.enrolment.findFirstOrThrow({ where: { courseId } })
    ).toMatchObject({
      beneficiaryId: world.asha.beneficiary.id,
      status: "enrolled",
    });
    expect(
      await db.auditLog.findFirstOrThrow({
        where: {
          action: "care.training.enrolled",
          actorId: world.caseworker.user.id,
        },
      })
    ).toMatchObject({ entityId: code, details: { courseId } });

    const again = refused(
      await post(world.caseworker.cookie, courseId, { intent: "enrol", code })
    );
    expect(again).toEqual({
      status: 400,
      errors: { code: ["careTraining:errors.alreadyEnrolled"] },
    });

    const foreign = refused(
      await post(world.caseworker.cookie, courseId, {
        intent: "enrol",
        code: world.stranger.beneficiary.code,
      })
    );
    const unknown = refused(
      await post(world.caseworker.cookie, courseId, {
        intent: "enrol",
        code: "TRN-2026-99999",
      })
    );
    expect(foreign).toEqual({
      status: 400,
      errors: { code: ["careTraining:errors.notFound"] },
    });
    expect(unknown).toEqual(foreign);
    expect(await db.enrolment.count({ where: { courseId } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: {
          action: "care.training.enrolled",
          actorId: world.caseworker.user.id,
        },
      })
    ).toBe(1);
  });

  it("attendance is saved per session; completion needs enough sessions attended and issues unique certificates", async () => {
    const world = await trainingWorld();
    const courseId = await createdCourse(world.supervisor.cookie);
    for (const heldOn of ["2026-02-02", "2026-02-09"]) {
      expect(
        locationOf(
          await post(world.supervisor.cookie, courseId, {
            intent: "session",
            heldOn,
            place: "Umiam community hall",
          })
        )
      ).toBe(`/care/training/${courseId}?done=session`);
    }
    // A caseworker takes attendance but cannot add sessions (that is course management).
    expect(
      (
        (await post(world.caseworker.cookie, courseId, {
          intent: "session",
          heldOn: "2026-02-16",
        })) as Response
      ).status
    ).toBe(403);
    for (const person of [world.asha, world.bina])
      await post(world.caseworker.cookie, courseId, {
        intent: "enrol",
        code: person.beneficiary.code,
      });
    const page = (await open(world.caseworker.cookie, courseId)) as Awaited<
      ReturnType<typeof courseLoader>
    >;
    const [first, second] = page.sessions;
    const enrolmentOf = (code: string) =>
      page.enrolments.find((e) => e.code === code)!.id;
    const asha = enrolmentOf(world.asha.beneficiary.code);
    const bina = enrolmentOf(world.bina.beneficiary.code);

    expect(
      locationOf(
        await post(world.caseworker.cookie, courseId, {
          intent: "attendance",
          sessionId: first!.id,
          present: [asha, bina],
        })
      )
    ).toBe(`/care/training/${courseId}?done=attendance`);
    expect(
      await db.attendance.count({
        where: { sessionId: first!.id, present: true },
      })
    ).toBe(2);
    expect(
      await db.auditLog.count({
        where: {
          action: "care.training.attendance_recorded",
          entityId: first!.id,
        },
      })
    ).toBe(1);

    const today = todayIso();
    const early = refused(
      await post(world.caseworker.cookie, courseId, {
        intent: "complete",
        enrolmentId: asha,
        completedOn: today,
      })
    );
    expect(early).toEqual({
      status: 400,
      errors: { enrolmentId: ["careTraining:errors.notEnoughSessions"] },
    });
    expect(
      await db.enrolment.findUniqueOrThrow({ where: { id: asha } })
    ).toMatchObject({ status: "enrolled", certificateNo: null });

    // Second session: both present, then Bina marked absent when the whole session is saved again.
    await post(world.caseworker.cookie, courseId, {
      intent: "attendance",
      sessionId: second!.id,
      present: [asha, bina],
    });
    await post(world.caseworker.cookie, courseId, {
      intent: "attendance",
      sessionId: second!.id,
      present: [asha],
    });
    expect(
      await db.attendance.findUniqueOrThrow({
        where: {
          sessionId_enrolmentId: { sessionId: second!.id, enrolmentId: bina },
        },
      })
    ).toMatchObject({ present: false });
    expect(
      refused(
        await post(world.caseworker.cookie, courseId, {
          intent: "complete",
          enrolmentId: bina,
          completedOn: today,
        })
      ).errors
    ).toEqual({
      enrolmentId: ["careTraining:errors.notEnoughSessions"],
    });

    const future = refused(
      await post(world.caseworker.cookie, courseId, {
        intent: "complete",
        enrolmentId: asha,
        completedOn: "2099-01-01",
      })
    );
    expect(future.errors).toEqual({
      completedOn: ["careTraining:errors.future"],
    });

    expect(
      locationOf(
        await post(world.caseworker.cookie, courseId, {
          intent: "complete",
          enrolmentId: asha,
          completedOn: today,
        })
      )
    ).toBe(`/care/training/${courseId}?done=completed`);
    const year = today.slice(0, 4);
    const ashaDone = await db.enrolment.findUniqueOrThrow({
      where: { id: asha },
    });
    expect(ashaDone).toMatchObject({
      status: "completed",
      certificateNo: expect.stringMatching(
        new RegExp(`^CERT-BB-${year}-\\d{4}$`)
      ),
    });
    const sequence = Number(ashaDone.certificateNo!.slice(-4));
    expect(
      await db.auditLog.findFirstOrThrow({
        where: {
          action: "care.training.completed",
          entityId: world.asha.beneficiary.code,
        },
      })
    ).toMatchObject({
      details: { courseId, certificateNo: ashaDone.certificateNo },
    });
    expect(
      refused(
        await post(world.caseworker.cookie, courseId, {
          intent: "complete",
          enrolmentId: asha,
          completedOn: today,
        })
      ).errors
    ).toEqual({ enrolmentId: ["careTraining:errors.notActive"] });

    // Bina attends the second session after all and completes: the next number, never the same one.
    await post(world.caseworker.cookie, courseId, {
      intent: "attendance",
      sessionId: second!.id,
      present: [asha, bina],
    });
    await post(world.caseworker.cookie, courseId, {
      intent: "complete",
      enrolmentId: bina,
      completedOn: today,
    });
    expect(
      (await db.enrolment.findUniqueOrThrow({ where: { id: bina } }))
        .certificateNo
    ).toBe(`CERT-BB-${year}-${String(sequence + 1).padStart(4, "0")}`);

    const list = await listLoader(
      args(makeRequest("/care/training", { cookie: world.supervisor.cookie }))
    );
    expect(list.courses[0]).toMatchObject({
      sessions: 2,
      enrolled: 2,
      completed: 2,
    });
  });

  it("a person's training history shows her courses, attendance, status and certificate, to her team only", async () => {
    const world = await trainingWorld();
    const courseId = await createdCourse(world.supervisor.cookie, {
      ...course,
      sessionsRequired: "1",
    });
    await post(world.supervisor.cookie, courseId, {
      intent: "session",
      heldOn: "2026-03-02",
    });
    await post(world.caseworker.cookie, courseId, {
      intent: "enrol",
      code: world.asha.beneficiary.code,
    });
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { courseId },
    });
    const session = await db.courseSession.findFirstOrThrow({
      where: { courseId },
    });
    await post(world.caseworker.cookie, courseId, {
      intent: "attendance",
      sessionId: session.id,
      present: [enrolment.id],
    });
    await post(world.caseworker.cookie, courseId, {
      intent: "complete",
      enrolmentId: enrolment.id,
      completedOn: todayIso(),
    });

    const code = world.asha.beneficiary.code;
    const history = await historyLoader(
      args(
        makeRequest(`/care/beneficiaries/${code}/training`, {
          cookie: world.caseworker.cookie,
        }),
        { code }
      )
    );
    expect(history.history).toEqual([
      expect.objectContaining({
        courseId,
        titleEn: "Beekeeping basics",
        attended: 1,
        sessionsRequired: 1,
        status: "completed",
        certificateNo: expect.stringMatching(/^CERT-BB-\d{4}-\d{4}$/),
      }),
    ]);
    // Codes only, no identity: no read row.
    expect(
      await db.auditLog.count({
        where: { action: "care.beneficiary.read", entityId: code },
      })
    ).toBe(0);

    const denied = await settle(
      historyLoader(
        args(
          makeRequest(`/care/beneficiaries/${code}/training`, {
            cookie: world.otherSupervisor.cookie,
          }),
          { code }
        )
      )
    );
    expect((denied as Response).status).toBe(404);
    expect(
      await db.auditLog.count({
        where: {
          action: "care.beneficiary.denied",
          entityId: code,
          actorId: world.otherSupervisor.user.id,
        },
      })
    ).toBe(1);
  });

  it("ensureDefaultCourses creates the three default courses once", async () => {
    const world = await trainingWorld();
    expect(await ensureDefaultCourses(world.home.id)).toBe(3);
    expect(await ensureDefaultCourses(world.home.id)).toBe(0);
    const titles = (
      await db.course.findMany({
        where: { organisationId: world.home.id },
        orderBy: { titleEn: "asc" },
      })
    ).map((c) => [c.titleEn, Boolean(c.titleHi)]);
    expect(titles).toEqual([
      ["Beekeeping basics", true],
      ["Book-keeping for small producers", true],
      ["Natural dyeing", true],
    ]);
  });
});
