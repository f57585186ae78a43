import { randomUUID } from "node:crypto";
import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/lib/db.server";
import careEn from "~/locales/en/care.json";
import careHi from "~/locales/hi/care.json";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import { nextBeneficiaryCode } from "~/modules/cases/codes.server";
import { DEFAULT_CHECKLISTS } from "~/modules/cases/default-checklists";
import { birthYearOf, encryptIdentity, encryptNote, matchKeyFor } from "~/modules/cases/identity-codec.server";
import { CASE_STAGES, fieldsForMandates, IDENTITY_FIELDS, type CaseStage, type ConsentPurpose, type ServiceKind } from "~/modules/cases/vocabulary";
import type { Role } from "~/modules/identity/roles";
import {
  carePeople,
  CASE_PLACES,
  CLOSE_NOTES,
  COMPENSATION_NOTES,
  COOPERATIVE_TRAINING_NOTES,
  PAINTING_NOTE,
  REPORT_INVESTIGATION_NOTES,
  DIRECTORY,
  ORIGINS,
  OVERRIDE_REASON,
  REFERRAL_REASONS,
  REFERRAL_RESPONSES,
  RETRAFFICKED_REASON,
  SERVICE_NOTES,
  STAGE_SERVICES,
  STAGE_WEIGHTS,
  UNCHECKED_REASONS,
  type CareOrganisationKey,
  type CarePerson,
  type OpenStage,
  type ReferralPlan,
} from "./care-data";
import { DEMO_ORGANISATIONS, demoPeople, type OrganisationKey } from "./people";

/**
 * The care side's demo: seventy-seven fictional people with consents, cases through every stage, services on
 * their timelines, referrals in every status between the three care organisations, the notices those
 * referrals sent, the stage checklists and the directory of services. Written straight to the
 * database as the care module writes them (identity and free text encrypted), in one transaction.
 */

export interface CareSeedContext {
  organisationIds: Record<OrganisationKey, string>;
  userIdsByEmail: Map<string, string>;
  now: Date;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The staff that notices go to (as notifyOrganisation does). */
const CARE_ROLES: readonly Role[] = ["supervisor", "caseworker", "partner", "coordinator"];
const DEMO_CASEWORKER = "caseworker@demo.reweave.org";
const DEMO_MAKER = "daphi";
const SECOND_MAKER = "maker-12";

interface StaffMember {
  id: string;
  name: string;
  role: Role;
  language: "en" | "hi";
}

type Rows = {
  beneficiaries: Prisma.BeneficiaryCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  cases: Prisma.CareCaseCreateManyInput[];
  events: Prisma.CaseEventCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  audits: Prisma.AuditLogCreateManyInput[];
};

const between = (min: number, max: number) => faker.number.int({ min, max: Math.max(min, max) });
/** The service as each reader's language names it, as the referral notices do. */
const serviceLabel = (service: ServiceKind | null, language: "en" | "hi") => {
  const texts = language === "hi" ? careHi : careEn;
  return service ? texts.services[service] : texts.referralKinds.transfer;
};

export async function seedCare(db: Db, context: CareSeedContext) {
  const { now, organisationIds } = context;
  // Days follow the care calendar (India), as the app counts them from careToday().
  const today = parseCareDay(careToday(now))!;
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  /** A moment on a day (days before today), `hour` hours after its UTC midnight (still that day in India), never after now. */
  const moment = (daysAgo: number, hour: number) => new Date(Math.min(day(daysAgo).getTime() + hour * HOUR, now.getTime() - 60_000));

  // Staff of each organisation, from the same list the first seed step created.
  const staffByOrg = new Map<OrganisationKey, StaffMember[]>();
  for (const person of demoPeople()) {
    const id = context.userIdsByEmail.get(person.email);
    if (!id) continue;
    for (const key of person.organisations) staffByOrg.set(key, [...(staffByOrg.get(key) ?? []), { id, name: person.name, role: person.role, language: person.preferredLanguage }]);
  }
  const staff = (key: CareOrganisationKey | "cooperative", role: Role) => (staffByOrg.get(key) ?? []).filter((member) => member.role === role);
  const demoCaseworker = context.userIdsByEmail.get(DEMO_CASEWORKER)!;
  const nameOf = new Map([...staffByOrg.values()].flat().map((member) => [member.id, member.name]));
  const otherCaseworkers: Record<CareOrganisationKey, StaffMember[]> = {
    ngo: staff("ngo", "caseworker").filter((member) => member.id !== demoCaseworker),
    legalAid: staff("legalAid", "caseworker"),
    police: staff("police", "caseworker"),
  };
  const supervisorOf = (key: CareOrganisationKey) => staff(key, "supervisor")[0]!.id;
  const responderOf = (key: CareOrganisationKey) => (key === "legalAid" ? context.userIdsByEmail.get("partner@demo.reweave.org")! : supervisorOf(key));
  const turns: Record<CareOrganisationKey, number> = { ngo: 0, legalAid: 0, police: 0 };
  const nextCaseworker = (key: CareOrganisationKey) => {
    const list = otherCaseworkers[key];
    return list[turns[key]++ % list.length]!.id;
  };

  const people = carePeople(now);
  const linkedMakers = people.flatMap((person) => (person.maker ? [person.maker] : []));
  const makers = await db.maker.findMany({ where: { slug: { in: [DEMO_MAKER, SECOND_MAKER, ...linkedMakers] } }, select: { id: true, slug: true, publicProfile: true } });
  const makerFor = ({ story, maker: slug }: CarePerson) => {
    if (slug) return makers.find((maker) => maker.slug === slug && maker.publicProfile)?.id ?? null;
    if (story === "maker") return makers.find((maker) => maker.slug === DEMO_MAKER && maker.publicProfile)?.id ?? null;
    // Only a maker whose shop profile is already off can stand for a withdrawn public-profile consent.
    if (story === "withdrawnMaker") return makers.find((maker) => maker.slug === SECOND_MAKER && !maker.publicProfile)?.id ?? null;
    return null;
  };

  const rows: Rows = { beneficiaries: [], consents: [], cases: [], events: [], referrals: [], notifications: [], audits: [] };

  /** A notice to an organisation's care staff (or some roles), read a day later when more than a week old. */
  const notify = (
    key: CareOrganisationKey,
    kind: string,
    params: Record<string, string> | ((language: "en" | "hi") => Record<string, string>),
    link: string,
    createdAt: Date,
    roles: readonly Role[] = CARE_ROLES,
  ) => {
    const readAt = now.getTime() - createdAt.getTime() > 7 * DAY ? new Date(createdAt.getTime() + DAY) : null;
    for (const member of staffByOrg.get(key) ?? []) {
      if (!roles.includes(member.role)) continue;
      rows.notifications.push({ userId: member.id, kind, params: typeof params === "function" ? params(member.language) : params, link, createdAt, readAt });
    }
  };

  await db.$transaction(
    async (tx) => {
      await seedChecklists(tx, organisationIds, day(560));
      // Codes in order of registration, per organisation and year, as the app hands them out.
      const codes = new Map<number, string>();
      for (const person of [...people].sort((a, b) => b.registeredDaysAgo - a.registeredDaysAgo || a.index - b.index)) {
        codes.set(person.index, await nextBeneficiaryCode(tx, DEMO_ORGANISATIONS[person.organisation].beneficiaryCodePrefix, day(person.registeredDaysAgo)));
      }

      for (const person of people) {
        const code = codes.get(person.index)!;
        const beneficiaryId = randomUUID();
        const organisationId = organisationIds[person.organisation];
        const transferred = person.story === "transferred";
        const assignee = person.demo ? demoCaseworker : transferred ? nextCaseworker("ngo") : nextCaseworker(person.organisation);
        const registrar = transferred ? nextCaseworker("legalAid") : assignee;
        const registeredAt = moment(person.registeredDaysAgo, 9);

        rows.beneficiaries.push({
          id: beneficiaryId,
          code,
          organisationId,
          registeredById: registrar,
          ...encryptIdentity(beneficiaryId, person.identity),
          matchKey: matchKeyFor({ legalName: person.identity.legalName, birthYear: birthYearOf(person.identity, registeredAt), originDistrict: person.identity.originDistrict }),
          makerId: makerFor(person),
          createdAt: registeredAt,
          updatedAt: registeredAt,
        });

        // Her earlier case: opened at registration, closed a few months later at her request.
        if (person.earlierCase) {
          const closedDaysAgo = person.openedDaysAgo + between(20, 30);
          buildCase({
            person,
            code,
            beneficiaryId,
            path: ["report", "rescue", "rehabilitation", "closed"],
            openedDaysAgo: person.registeredDaysAgo,
            lastDaysAgo: closedDaysAgo,
            assignee,
            actorOpened: registrar,
            referrals: [],
            closeNote: CLOSE_NOTES.earlier,
          });
        }

        const path = casePath(person);
        const lastDaysAgo = person.stage === "report" ? person.openedDaysAgo : person.inStageDaysAgo;
        const { referralTimes } = buildCase({
          person,
          code,
          beneficiaryId,
          path,
          openedDaysAgo: person.openedDaysAgo,
          lastDaysAgo,
          assignee,
          actorOpened: person.earlierCase ? assignee : registrar,
          referrals: person.referrals ?? [],
          closeNote: person.organisation === "police" ? CLOSE_NOTES.police : CLOSE_NOTES.requested,
        });

        // Consents: case management for everyone; sharing as planned; the shop's two for the makers and a few others.
        const purposes: ConsentPurpose[] = ["case_management"];
        if (person.sharePartners ?? person.organisation !== "police") purposes.push("share_partners");
        if (person.shareAuthorities ?? person.organisation === "police") purposes.push("share_authorities");
        rows.audits.push({
          at: registeredAt,
          action: "care.beneficiary.registered",
          actorId: registrar,
          organisationId,
          entityType: "beneficiary",
          entityId: code,
          details: { purposes, photo: false, sameOrganisationMatchOverridden: false },
        });
        const reintegrationEntered = reintegrationEntry(person, path, lastDaysAgo);
        const shopConsents: ConsentPurpose[] = [];
        if (person.story === "maker" || person.story === "withdrawnMaker") shopConsents.push("public_maker_profile");
        if (person.linkEarnings) shopConsents.push("link_earnings");
        // A maker of the shop agreed, when she registered, to her profile and to her sales counting as her income.
        const makerConsents: ConsentPurpose[] = person.maker ? ["public_maker_profile", "link_earnings"] : [];
        const consentsGiven = [
          ...[...purposes, ...makerConsents].map((purpose) => ({ purpose, daysAgo: person.registeredDaysAgo, method: person.consentMethod, witness: person.witness })),
          ...shopConsents.map((purpose) => ({ purpose, daysAgo: Math.max(2, reintegrationEntered - 3), method: person.minor ? person.consentMethod : ("written" as const), witness: person.minor ? person.witness : null })),
        ];
        for (const given of consentsGiven) {
          const consentId = randomUUID();
          const withdrawnDaysAgo = person.withdrawn?.includes(given.purpose) ? withdrawalDay(person, given.purpose, given.daysAgo, lastDaysAgo, referralTimes) : null;
          const withdrawnAt = withdrawnDaysAgo === null ? null : moment(withdrawnDaysAgo, 14);
          rows.consents.push({
            id: consentId,
            beneficiaryId,
            purpose: given.purpose,
            method: given.method,
            givenOn: day(given.daysAgo),
            recordedById: given.daysAgo === person.registeredDaysAgo ? registrar : assignee,
            witness: encryptNote("consent.witness", consentId, given.witness),
            withdrawnAt,
            withdrawnById: withdrawnAt ? assignee : null,
            createdAt: moment(given.daysAgo, 10),
          });
          if (withdrawnAt) {
            rows.audits.push({ at: withdrawnAt, action: "care.consent.withdrawn", actorId: assignee, organisationId, entityType: "beneficiary", entityId: code, details: { purpose: given.purpose } });
          }
        }
      }

      // The demo caseworker opened a few of her records this week; the auditor looked at one, with a reason.
      const demoCases = rows.cases.filter((row) => row.assignedToId === demoCaseworker && !row.closedAt);
      for (const [position, careCase] of demoCases.slice(0, 5).entries()) {
        const code = rows.beneficiaries.find((row) => row.id === careCase.beneficiaryId)!.code;
        rows.audits.push({
          at: moment(1 + position, 11),
          action: "care.beneficiary.read",
          actorId: demoCaseworker,
          organisationId: organisationIds.ngo,
          entityType: "beneficiary",
          entityId: code,
          ip: "203.0.113.20",
          details: { access: "team", via: position % 2 ? "case" : "record", fields: [...IDENTITY_FIELDS] },
        });
      }
      const auditor = context.userIdsByEmail.get("auditor@demo.reweave.org");
      if (auditor && rows.beneficiaries[0]) {
        rows.audits.push({
          at: moment(3, 15),
          action: "care.beneficiary.read",
          actorId: auditor,
          entityType: "beneficiary",
          entityId: rows.beneficiaries[0].code,
          ip: "203.0.113.30",
          reason: "Quarterly review of case files (demo)",
          details: { access: "audit", via: "record", fields: [...IDENTITY_FIELDS] },
        });
      }

      await tx.beneficiary.createMany({ data: rows.beneficiaries });
      await tx.consent.createMany({ data: rows.consents });
      await tx.careCase.createMany({ data: rows.cases });
      await tx.referral.createMany({ data: rows.referrals });
      await tx.caseEvent.createMany({ data: rows.events });
      await tx.notification.createMany({ data: rows.notifications });
      await tx.auditLog.createMany({ data: rows.audits.sort((a, b) => new Date(a.at!).getTime() - new Date(b.at!).getTime()) });
      await tx.directoryService.createMany({
        data: DIRECTORY.map(({ organisation, districts, states, countries, languages, ...entry }) => ({
          ...entry,
          organisationId: organisationIds[organisation],
          districts: [...districts],
          states: [...states],
          countries: [...countries],
          languages: [...languages],
          createdAt: day(500),
        })),
      });
    },
    { timeout: 120_000 },
  );

  /** The stages a case went through, in order, ending with the current one. */
  function casePath(person: CarePerson): CaseStage[] {
    if (person.story === "retrafficked") return ["report", "rescue", "rehabilitation", "repatriation", "reintegration", "rescue", "rehabilitation"];
    if (person.stage === "closed") {
      // The police hand people on after rehabilitation; the others' cases mostly ran to the end, some closed after re-integration.
      const last = person.organisation === "police" ? "rehabilitation" : faker.datatype.boolean({ probability: 0.6 }) ? "recompensation" : "reintegration";
      return [...stagesUntil(last), "closed"];
    }
    return stagesUntil(person.stage);
  }

  function reintegrationEntry(person: CarePerson, path: CaseStage[], lastDaysAgo: number) {
    const index = path.indexOf("reintegration");
    if (index < 0) return lastDaysAgo;
    return entryDays(person.openedDaysAgo, lastDaysAgo, path)[index]!;
  }

  /** When a consent was withdrawn: with the revoked referral, or when the case closed, or a few weeks ago. */
  function withdrawalDay(person: CarePerson, purpose: ConsentPurpose, givenDaysAgo: number, lastDaysAgo: number, referralTimes: ReferralTimes[]) {
    const revoked = referralTimes.find((times) => times.revoked !== null);
    if (purpose === "share_partners" && revoked?.revoked) return revoked.revoked;
    if (person.stage === "closed") return lastDaysAgo;
    return Math.max(1, Math.min(givenDaysAgo - 5, between(10, 20)));
  }

  interface ReferralTimes {
    sent: number;
    answered: number | null;
    completed: number | null;
    revoked: number | null;
  }

  function buildCase(input: {
    person: CarePerson;
    code: string;
    beneficiaryId: string;
    path: CaseStage[];
    openedDaysAgo: number;
    lastDaysAgo: number;
    assignee: string;
    actorOpened: string;
    referrals: readonly ReferralPlan[];
    closeNote: string;
  }) {
    const { person, code, path } = input;
    const caseId = randomUUID();
    const home = person.organisation;
    const transferPlan = input.referrals.find((plan) => plan.kind === "transfer");
    const days = entryDays(input.openedDaysAgo, input.lastDaysAgo, path);
    const current = path.at(-1)!;
    const closed = current === "closed";
    const windowOf = (index: number) => ({ from: days[index]!, to: index + 1 < days.length ? days[index + 1]! : 0 });
    const floor = closed ? days.at(-1)! + 1 : 1;

    // Referral timings first: a transfer changes who leads the case from the day it was accepted.
    const referralTimes = new Map<ReferralPlan, ReferralTimes>();
    for (const plan of input.referrals) {
      const { from, to } = windowOf(path.lastIndexOf(plan.sentIn));
      if (plan.status === "pending") {
        referralTimes.set(plan, { sent: between(1, Math.min(6, from - 1)), answered: null, completed: null, revoked: null });
        continue;
      }
      const sent = Math.min(from, Math.max(to, floor, from - between(1, 3)));
      const answered = Math.max(floor, sent - between(1, 3));
      referralTimes.set(plan, {
        sent,
        answered,
        completed: plan.status === "completed" ? Math.max(floor, answered - between(20, 50)) : null,
        revoked: plan.status === "revoked" ? Math.max(1, answered - between(5, 15)) : null,
      });
    }
    const transferDay = transferPlan ? referralTimes.get(transferPlan)!.answered! : null;
    const leadAt = (daysAgo: number): CareOrganisationKey => (transferDay !== null && daysAgo <= transferDay ? "ngo" : home);
    const lead = leadAt(0);
    const actorAt = (daysAgo: number) => (leadAt(daysAgo) === lead ? input.assignee : input.actorOpened);
    // Where the case is worked: the NGO and the legal-aid centre in the person's home district when they cover it.
    const origin = ORIGINS[person.origin];
    const worksHome = (lead === "ngo" && origin.state === "Meghalaya") || (lead === "legalAid" && origin.district === "Sonitpur");
    const place = worksHome ? { district: origin.district, state: origin.state, country: origin.country } : CASE_PLACES[lead];

    const event = (daysAgo: number, hour: number, data: Omit<Prisma.CaseEventCreateManyInput, "caseId" | "occurredOn" | "createdAt" | "notes">, notes?: string | null) => {
      const id = randomUUID();
      rows.events.push({ id, caseId, occurredOn: day(daysAgo), createdAt: moment(daysAgo, hour), notes: encryptNote("case_event.notes", id, notes), ...data });
    };

    event(days[0]!, 9, { kind: "opened", toStage: "report", actorId: input.actorOpened, organisationId: organisationIds[leadAt(days[0]!)] });
    rows.audits.push({ at: moment(days[0]!, 9), action: "care.case.opened", actorId: input.actorOpened, organisationId: organisationIds[leadAt(days[0]!)], entityType: "care_case", entityId: caseId, details: { code } });

    // Stage changes, and the closing of closed cases.
    let closeRequestedAt: Date | null = null;
    let closeRequestedById: string | null = null;
    for (let index = 1; index < path.length; index++) {
      const from = path[index - 1] as OpenStage;
      const to = path[index]!;
      const at = days[index]!;
      const orgId = organisationIds[leadAt(at)];
      if (to === "closed") {
        const requestedAt = Math.min(at + between(2, 6), (days[index - 1] ?? at) - 1);
        closeRequestedAt = moment(requestedAt, 12);
        closeRequestedById = actorAt(at);
        event(requestedAt, 12, { kind: "close_requested", actorId: closeRequestedById, organisationId: orgId, fromStage: from }, input.closeNote);
        event(at, 15, { kind: "close_approved", actorId: supervisorOf(leadAt(at)), organisationId: orgId, fromStage: from, toStage: "closed" });
        notify(leadAt(at), "close_requested", { code, by: nameOf.get(closeRequestedById) ?? "" }, `/care/cases/${caseId}`, closeRequestedAt, ["supervisor"]);
        rows.notifications.push({ userId: closeRequestedById, kind: "close_approved", params: { code }, link: `/care/cases/${caseId}`, createdAt: moment(at, 15), readAt: moment(at - 1 > 0 ? at - 1 : at, 9) });
        rows.audits.push({ at: moment(at, 15), action: "care.case.closed", actorId: supervisorOf(leadAt(at)), organisationId: orgId, entityType: "care_case", entityId: caseId, details: { code, from } });
        continue;
      }
      // The checklist of the stage left, in both languages, as a stage change keeps it.
      const items = DEFAULT_CHECKLISTS[from];
      const goingBack = CASE_STAGES.indexOf(to) < CASE_STAGES.indexOf(from);
      const skipped = goingBack ? items.slice(1) : faker.datatype.boolean({ probability: 0.25 }) ? [items[UNCHECKED_REASONS[from].item]!] : [];
      const done = items.filter((item) => !skipped.includes(item));
      const checklist = {
        checked: done.map((item) => item.en),
        unchecked: skipped.map((item) => item.en),
        hi: { checked: done.map((item) => item.hi), unchecked: skipped.map((item) => item.hi) },
      };
      const note = goingBack ? RETRAFFICKED_REASON : skipped.length ? UNCHECKED_REASONS[from].reason : null;
      event(at, 16, { kind: "stage_changed", actorId: actorAt(at), organisationId: orgId, fromStage: from, toStage: to, checklist }, note);
      if (at < 60) {
        rows.audits.push({
          at: moment(at, 16),
          action: "care.case.stage_changed",
          actorId: actorAt(at),
          organisationId: orgId,
          entityType: "care_case",
          entityId: caseId,
          details: { code, from, to, skipped: false, revisit: goingBack, unchecked: skipped.length },
        });
      }
    }

    // Services in every stage the case spent some days in.
    const windows = closed ? path.length - 1 : path.length;
    let trainings = 0;
    for (let index = 0; index < windows; index++) {
      const stage = path[index] as OpenStage;
      const { from, to } = windowOf(index);
      const free = from - to - 1;
      if (free < 1) continue;
      const count = free >= 120 ? between(3, 4) : free >= 6 ? between(1, 2) : 1;
      // Not on the day the lead changed hands: the new team records from the next day.
      const candidates = Array.from({ length: free }, (_, offset) => to + 1 + offset).filter((at) => at !== transferDay && at >= (person.quietDays ?? 0));
      const serviceDays = faker.helpers.arrayElements(candidates, Math.min(count, candidates.length)).sort((a, b) => b - a);
      const usual = faker.helpers.shuffle([...servicesFor(leadAt(from), stage)]);
      // A maker's re-integration starts with her training at the cooperative.
      const trains = (person.story === "maker" || person.story === "withdrawnMaker") && stage === "reintegration";
      const services = trains ? ["vocational_training" as const, ...usual.filter((service) => service !== "vocational_training")] : usual;
      for (const [position, at] of serviceDays.entries()) {
        const provider = leadAt(at);
        const service = services[position % services.length]!;
        // The demo artisan trained at the cooperative; the painter at the network's own studio; others at either.
        // The demo artisan trained at the cooperative; the painter at the network's studio; other NGO cases at either.
        const atCooperative =
          service === "vocational_training" && provider === "ngo" && person.story !== "withdrawnMaker" && (person.story === "maker" || faker.datatype.boolean({ probability: 0.4 }));
        const by: CareOrganisationKey | "cooperative" = service === "legal_aid" && provider !== "legalAid" ? "legalAid" : atCooperative ? "cooperative" : provider;
        let note = serviceNote(service, stage, atCooperative);
        if (service === "vocational_training" && person.story === "maker") note = COOPERATIVE_TRAINING_NOTES[trainings++ ? 2 : 0]!;
        if (service === "vocational_training" && person.story === "withdrawnMaker") note = PAINTING_NOTE;
        event(at, 12, { kind: "service", service, actorId: actorAt(at), organisationId: organisationIds[by] }, note);
      }
    }

    // Referrals, their answers, the services they brought and the notices they sent, as the referral flow writes them.
    for (const plan of input.referrals) {
      const times = referralTimes.get(plan)!;
      const referralId = randomUUID();
      const from = person.organisation;
      const fromId = organisationIds[from];
      const toId = organisationIds[plan.to];
      const sender = plan.override ? supervisorOf(from) : actorAt(times.sent);
      const responder = responderOf(plan.to);
      const names = { code, from: DEMO_ORGANISATIONS[from].name, to: DEMO_ORGANISATIONS[plan.to].name };
      const params = (language: "en" | "hi") => ({ ...names, service: serviceLabel(plan.service, language) });
      const link = `/care/referrals/${referralId}`;
      const sentAt = moment(times.sent, 17);
      const answeredAt = times.answered === null ? null : moment(times.answered, 11);
      const completedAt = times.completed === null ? null : moment(times.completed, 15);
      const revokedAt = times.revoked === null ? null : moment(times.revoked, 14);
      const answer = plan.status === "pending" ? null : plan.status === "rejected" ? "rejected" : plan.status === "completed" ? "completed" : "accepted";
      const sharedFields = fieldsForMandates(DEMO_ORGANISATIONS[plan.to].mandates);
      const auditDetails = { code, from: fromId, to: toId, kind: plan.kind, service: plan.service };
      rows.referrals.push({
        id: referralId,
        caseId,
        kind: plan.kind,
        fromOrganisationId: fromId,
        toOrganisationId: toId,
        service: plan.service,
        reason: encryptNote("referral.reason", referralId, REFERRAL_REASONS[plan.service ?? "transfer"])!,
        sharedFields,
        consentOverride: plan.override ?? false,
        overrideReason: plan.override ? encryptNote("referral.override", referralId, OVERRIDE_REASON) : null,
        status: plan.status,
        createdById: sender,
        respondedById: answeredAt ? responder : null,
        respondedAt: answeredAt,
        responseNote: answer ? encryptNote("referral.response", referralId, REFERRAL_RESPONSES[answer]) : null,
        completedAt,
        revokedAt,
        createdAt: sentAt,
        updatedAt: revokedAt ?? completedAt ?? answeredAt ?? sentAt,
      });
      event(times.sent, 17, { kind: "referral_sent", actorId: sender, organisationId: fromId, service: plan.service, referralId });
      notify(plan.to, "referral_received", params, link, sentAt);
      rows.audits.push({
        at: sentAt,
        action: "care.referral.sent",
        actorId: sender,
        organisationId: fromId,
        entityType: "referral",
        entityId: referralId,
        details: { code, to: toId, service: plan.service, kind: plan.kind, fields: sharedFields, consentOverride: plan.override ?? false },
      });
      if (plan.override) {
        rows.audits.push({
          at: sentAt,
          action: "care.referral.consent_overridden",
          actorId: sender,
          organisationId: fromId,
          entityType: "referral",
          entityId: referralId,
          reason: OVERRIDE_REASON,
          details: { code, to: toId, purpose: "share_partners" },
        });
      }
      if (times.answered === null || !answeredAt) continue;

      const answered = plan.status === "rejected" ? "rejected" : "accepted";
      event(times.answered, 11, { kind: "referral_answered", actorId: responder, organisationId: toId, service: plan.service, referralId });
      notify(from, `referral_${answered}`, params, link, answeredAt);
      rows.audits.push({ at: answeredAt, action: `care.referral.${answered}`, actorId: responder, organisationId: toId, entityType: "referral", entityId: referralId, details: auditDetails });
      if (plan.kind === "transfer") {
        // The lead moves; the new lead's supervisor then assigns one of its caseworkers.
        const supervisor = supervisorOf(plan.to);
        event(times.answered, 11.1, { kind: "transferred", actorId: responder, organisationId: toId, referralId });
        event(times.answered, 11.5, { kind: "assigned", actorId: supervisor, organisationId: toId, assignedToId: input.assignee });
        rows.audits.push({ at: moment(times.answered, 11.5), action: "care.case.assigned", actorId: supervisor, organisationId: toId, entityType: "care_case", entityId: caseId, details: { code, from: null, to: input.assignee } });
        continue;
      }
      if (plan.status === "rejected") continue;

      // The receiving organisation recorded what it provided, between accepting and finishing.
      const end = times.completed ?? times.revoked ?? 1;
      if (plan.service && times.answered - end >= 2) {
        event(between(end + 1, times.answered - 1), 12, { kind: "service", service: plan.service, actorId: responder, organisationId: toId }, serviceNote(plan.service, plan.sentIn));
      }
      if (completedAt && times.completed !== null) {
        event(times.completed, 15, { kind: "referral_answered", actorId: responder, organisationId: toId, service: plan.service, referralId });
        notify(from, "referral_completed", params, link, completedAt);
        rows.audits.push({ at: completedAt, action: "care.referral.completed", actorId: responder, organisationId: toId, entityType: "referral", entityId: referralId, details: auditDetails });
      }
      if (revokedAt && times.revoked !== null) {
        // Revoked by the withdrawal of her consent to share (recorded with the consent below).
        const withdrawer = actorAt(times.revoked);
        notify(plan.to, "referral_revoked", names, "/care/referrals", revokedAt);
        rows.audits.push({
          at: revokedAt,
          action: "care.referral.revoked",
          actorId: withdrawer,
          organisationId: fromId,
          entityType: "referral",
          entityId: referralId,
          details: { cause: "consent_withdrawn", purpose: "share_partners", caseId },
        });
      }
    }

    // Two cases wait for the supervisor to approve their closing.
    if (!closed && person.story === "closeRequested") {
      const requestedDaysAgo = between(1, 3);
      closeRequestedAt = moment(requestedDaysAgo, 12);
      closeRequestedById = input.assignee;
      event(requestedDaysAgo, 12, { kind: "close_requested", actorId: input.assignee, organisationId: organisationIds[lead] }, CLOSE_NOTES.requested);
      notify(lead, "close_requested", { code, by: nameOf.get(input.assignee) ?? "" }, `/care/cases/${caseId}`, closeRequestedAt, ["supervisor"]);
    }

    const stageEnteredAt = moment(days.at(-1)!, closed ? 15 : 16);
    rows.cases.push({
      id: caseId,
      beneficiaryId: input.beneficiaryId,
      leadOrganisationId: organisationIds[lead],
      assignedToId: input.assignee,
      stage: current,
      stageEnteredAt: path.length === 1 ? moment(days[0]!, 9) : stageEnteredAt,
      ...place,
      reviewDueOn: closed ? null : person.overdue ? day(between(3, 12)) : day(-between(3, 28)),
      closeRequestedAt,
      closeRequestedById,
      closedAt: closed ? stageEnteredAt : null,
      createdAt: moment(days[0]!, 9),
      updatedAt: closed ? stageEnteredAt : now,
    });
    return { caseId, referralTimes: [...referralTimes.values()] };
  }
}

function stagesUntil(stage: CaseStage): CaseStage[] {
  return CASE_STAGES.slice(0, CASE_STAGES.indexOf(stage) + 1);
}

/** The day (days before now) each stage of a path was entered: each stage lasting its usual share of the time, each change on its own day. */
function entryDays(openedDaysAgo: number, lastDaysAgo: number, path: readonly CaseStage[]) {
  const spent = path.slice(0, -1).map((stage) => STAGE_WEIGHTS[stage as OpenStage]);
  const total = spent.reduce((sum, weight) => sum + weight, 0);
  const days = [openedDaysAgo];
  let elapsed = 0;
  for (const [step, weight] of spent.entries()) {
    elapsed += weight;
    const planned = Math.round(openedDaysAgo - ((openedDaysAgo - lastDaysAgo) * elapsed) / total);
    days.push(Math.min(planned, days[step]! - 1));
  }
  return days;
}

function serviceNote(service: ServiceKind, stage: OpenStage, atCooperative = false) {
  if (service === "legal_aid" && stage === "recompensation") return faker.helpers.arrayElement(COMPENSATION_NOTES);
  if (service === "investigation" && stage === "report") return faker.helpers.arrayElement(REPORT_INVESTIGATION_NOTES);
  if (service === "vocational_training") return faker.helpers.arrayElement(atCooperative ? COOPERATIVE_TRAINING_NOTES : SERVICE_NOTES.vocational_training);
  return faker.helpers.arrayElement(SERVICE_NOTES[service]);
}

/** The services an organisation records in a stage: the legal-aid centre gives legal aid early, the police investigate. */
function servicesFor(organisation: CareOrganisationKey, stage: OpenStage): readonly ServiceKind[] {
  if (organisation === "legalAid" && (stage === "rescue" || stage === "rehabilitation")) return stage === "rescue" ? ["medical", "legal_aid"] : ["counselling", "legal_aid", "education"];
  if (organisation === "police" && (stage === "report" || stage === "rescue" || stage === "rehabilitation")) return stage === "rehabilitation" ? ["investigation", "counselling"] : stage === "rescue" ? ["medical", "investigation"] : ["investigation"];
  // The NGO gets legal help for a compensation claim through a referral, not on its own.
  if (organisation !== "legalAid" && stage === "recompensation") return ["counselling", "vocational_training"];
  return STAGE_SERVICES[stage];
}

/** Every organisation's stages start with the default checklists. */
async function seedChecklists(tx: Tx, organisationIds: Record<OrganisationKey, string>, createdAt: Date) {
  const keys: CareOrganisationKey[] = ["ngo", "legalAid", "police"];
  await tx.stageChecklistItem.createMany({
    data: keys.flatMap((key) =>
      (Object.entries(DEFAULT_CHECKLISTS) as [OpenStage, (typeof DEFAULT_CHECKLISTS)[OpenStage]][]).flatMap(([stage, items]) =>
        items.map((item, position) => ({ organisationId: organisationIds[key], stage, labelEn: item.en, labelHi: item.hi, position, createdAt })),
      ),
    ),
  });
}
