import type { z } from "zod";
import { db, isUniqueViolation } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { sendInvitation } from "./password-reset.server";
import type { Role } from "./roles";
import type { EditUserSchema, NewUserSchema } from "./schemas";
import { revokeAllSessions } from "./sessions.server";
import type { OrganisationScope } from "./organisations.server";
import { refuseField, refuseForm, type Outcome } from "./outcome";

export interface Actor {
  id: string;
  ip: string | null;
}

export const USERS_PAGE_SIZE = 25;

export interface UserFilter {
  query?: string;
  organisationId?: string;
  role?: Role;
  status?: "active" | "deactivated";
  page?: number;
}

function membershipWhere(filter: UserFilter, scope: OrganisationScope): Prisma.MembershipWhereInput | undefined {
  const organisationIds =
    scope === "any"
      ? filter.organisationId && [filter.organisationId]
      : scope.filter((id) => !filter.organisationId || id === filter.organisationId);
  if (!organisationIds && !filter.role) return undefined;
  return { organisationId: organisationIds ? { in: organisationIds } : undefined, role: filter.role };
}

function userWhere(filter: UserFilter, scope: OrganisationScope): Prisma.UserWhereInput {
  const memberships = membershipWhere(filter, scope);
  return {
    OR: filter.query
      ? [{ email: { contains: filter.query, mode: "insensitive" } }, { name: { contains: filter.query, mode: "insensitive" } }]
      : undefined,
    memberships: memberships ? { some: memberships } : undefined,
    deactivatedAt: filter.status === "active" ? null : filter.status === "deactivated" ? { not: null } : undefined,
  };
}

/** Memberships the viewer may see: all of them, or only those in the viewer's organisations. */
const visibleMemberships = (scope: OrganisationScope): Prisma.MembershipWhereInput | undefined =>
  scope === "any" ? undefined : { organisationId: { in: scope } };

export async function listUsers(filter: UserFilter, scope: OrganisationScope) {
  const where = userWhere(filter, scope);
  const page = Math.max(1, filter.page ?? 1);
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        deactivatedAt: true,
        totpEnabledAt: true,
        memberships: {
          where: visibleMemberships(scope),
          select: { id: true, role: true, organisation: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function countActiveUsers(scope: OrganisationScope) {
  return db.user.count({ where: userWhere({ status: "active" }, scope) });
}

export async function getUserForAdmin(id: string, scope: OrganisationScope) {
  if (!isUuid(id)) return null;
  const user = await db.user.findFirst({
    where: { id, ...(scope === "any" ? {} : { memberships: { some: { organisationId: { in: scope } } } }) },
    select: {
      id: true,
      email: true,
      name: true,
      preferredLanguage: true,
      deactivatedAt: true,
      totpEnabledAt: true,
      passwordHash: true,
      createdAt: true,
      memberships: {
        where: visibleMemberships(scope),
        select: { id: true, role: true, organisationId: true, organisation: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  // An invited user has no password until they follow the link in their invitation.
  return { ...rest, invitationPending: passwordHash === null };
}

export async function emailTaken(email: string, exceptUserId?: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user !== null && user.id !== exceptUserId;
}

const EMAIL_TAKEN = "admin:users.form.emailTaken";

async function organisationExists(id: string) {
  return (await db.organisation.count({ where: { id } })) > 0;
}

/** Creates an account without a password and emails the new user a link to choose one. */
export async function createUser(input: z.output<typeof NewUserSchema>, actor: Actor): Promise<Outcome<{ user: { id: string } }>> {
  if (await emailTaken(input.email)) return refuseField("email", EMAIL_TAKEN);
  if (!(await organisationExists(input.organisationId))) return refuseField("organisationId", "validation.choose");
  let user;
  try {
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          preferredLanguage: input.preferredLanguage,
          memberships: { create: { organisationId: input.organisationId, role: input.role } },
        },
      });
      await recordAudit(
        {
          action: "admin.user.created",
          actorId: actor.id,
          organisationId: input.organisationId,
          entityType: "user",
          entityId: created.id,
          ip: actor.ip,
          details: { role: input.role },
        },
        tx,
      );
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuseField("email", EMAIL_TAKEN);
    throw error;
  }
  await sendInvitation(user.id);
  return { ok: true, user: { id: user.id } };
}

export async function updateUser(id: string, input: Omit<z.output<typeof EditUserSchema>, "intent">, actor: Actor): Promise<Outcome> {
  if (await emailTaken(input.email, id)) return refuseField("email", EMAIL_TAKEN);
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id } });
      await tx.user.update({ where: { id }, data: { email: input.email, name: input.name, preferredLanguage: input.preferredLanguage } });
      const changed = (["email", "name", "preferredLanguage"] as const).filter((key) => before[key] !== input[key]);
      await recordAudit({ action: "admin.user.updated", actorId: actor.id, entityType: "user", entityId: id, ip: actor.ip, details: { changed } }, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuseField("email", EMAIL_TAKEN);
    throw error;
  }
  return { ok: true };
}

/** Deactivation ends every session of the user at once. Nobody can lock themselves out this way. */
export async function setUserActive(id: string, active: boolean, actor: Actor): Promise<Outcome> {
  if (!active && id === actor.id) return refuseForm("admin:users.status.cannotDeactivateSelf");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { deactivatedAt: active ? null : new Date() } });
    if (!active) await revokeAllSessions(id, tx);
    await recordAudit(
      { action: active ? "admin.user.reactivated" : "admin.user.deactivated", actorId: actor.id, entityType: "user", entityId: id, ip: actor.ip },
      tx,
    );
  });
  return { ok: true };
}

export async function addMembership(userId: string, organisationId: string, role: Role, actor: Actor): Promise<Outcome> {
  if (!(await organisationExists(organisationId))) return refuseField("organisationId", "validation.choose");
  await db.$transaction(async (tx) => {
    await tx.membership.upsert({
      where: { userId_organisationId_role: { userId, organisationId, role } },
      create: { userId, organisationId, role },
      update: {},
    });
    await recordAudit(
      { action: "admin.membership.added", actorId: actor.id, organisationId, entityType: "user", entityId: userId, ip: actor.ip, details: { role } },
      tx,
    );
  });
  return { ok: true };
}

/** Removes one of the user's memberships; an admin cannot remove their own last admin membership. */
export async function removeMembership(userId: string, membershipId: string, actor: Actor): Promise<Outcome> {
  const membership = await db.membership.findFirst({ where: { id: membershipId, userId } });
  if (!membership) return refuseForm("admin:users.memberships.notFound");
  if (userId === actor.id && membership.role === "admin") {
    const adminMemberships = await db.membership.count({ where: { userId, role: "admin" } });
    if (adminMemberships <= 1) return refuseForm("admin:users.memberships.lastOwnAdmin");
  }
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAudit(
      {
        action: "admin.membership.removed",
        actorId: actor.id,
        organisationId: membership.organisationId,
        entityType: "user",
        entityId: membership.userId,
        ip: actor.ip,
        details: { role: membership.role },
      },
      tx,
    );
  });
  return { ok: true };
}
