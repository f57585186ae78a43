import { describe, expect, it } from "vitest";
import { ROLE_PERMISSIONS, roleGrants, rolesGrant, widestScope, type Permission } from "./permissions";
import { ROLES, homePathFor } from "./roles";

describe("permissions", () => {
  it("a wider scope covers the narrower ones, never the reverse", () => {
    expect(roleGrants("admin", "read:user:any")).toBe(true);
    expect(roleGrants("admin", "read:user:org")).toBe(true);
    expect(roleGrants("admin", "read:user:own")).toBe(true);
    expect(roleGrants("coordinator", "read:user:org")).toBe(true);
    expect(roleGrants("coordinator", "read:user:own")).toBe(true);
    expect(roleGrants("coordinator", "read:user:any")).toBe(false);
  });

  it("a grant covers only its own action and entity", () => {
    expect(roleGrants("auditor", "read:audit:any")).toBe(true);
    expect(roleGrants("auditor", "update:user:any")).toBe(false);
    expect(roleGrants("admin", "read:auditor:any" as Permission)).toBe(false);
  });

  it("keeps each area to the roles it is for", () => {
    const withAccess = (permission: Permission) => ROLES.filter((role) => roleGrants(role, permission));
    expect(withAccess("access:admin:org")).toEqual(["admin", "coordinator", "auditor"]);
    expect(withAccess("access:care:own")).toEqual(["coordinator", "supervisor", "caseworker", "partner", "auditor"]);
    expect(withAccess("access:studio:own")).toEqual(["coordinator", "artisan"]);
    expect(withAccess("read:outbox:any")).toEqual(["admin"]);
  });

  it("keeps survivor records from administrators, artisans and partners' own lists", () => {
    const readers = (permission: Permission) => ROLES.filter((role) => roleGrants(role, permission));
    expect(readers("read:beneficiary:own")).toEqual(["coordinator", "supervisor", "caseworker", "auditor"]);
    expect(readers("read:beneficiary-photo:own")).toEqual(["supervisor", "caseworker"]);
    expect(readers("override:consent:own")).toEqual(["supervisor"]);
    expect(readers("approve:case-close:own")).toEqual(["supervisor"]);
    expect(readers("anonymise:beneficiary:own")).toEqual(["supervisor"]);
  });

  it("caseworkers, artisans and partners administer nothing", () => {
    const administration = /^[a-z]+:(user|organisation|membership|audit|outbox|catalog|exchange-rate|shipping|order|payout):/;
    for (const role of ["caseworker", "artisan", "partner"] as const) {
      expect(ROLE_PERMISSIONS[role].filter((permission) => administration.test(permission))).toEqual([]);
    }
  });

  it("artisans act on their own work only; coordinators on their organisation's", () => {
    for (const permission of ROLE_PERMISSIONS.artisan) expect(permission.endsWith(":own")).toBe(true);
    expect(roleGrants("coordinator", "approve:listing:org")).toBe(true);
    expect(roleGrants("artisan", "approve:listing:own")).toBe(false);
    expect(roleGrants("coordinator", "record:payout:org")).toBe(true);
    expect(roleGrants("artisan", "record:payout:own")).toBe(false);
  });

  it("answers for several roles and reports the widest scope", () => {
    expect(rolesGrant(["artisan", "supervisor"], "read:user:org")).toBe(true);
    expect(rolesGrant([], "read:user:own")).toBe(false);
    expect(widestScope(["coordinator"], "read", "user")).toBe("org");
    expect(widestScope(["admin", "coordinator"], "read", "user")).toBe("any");
    expect(widestScope(["artisan"], "read", "user")).toBeNull();
  });

  it("every grant is a well-formed action:entity:scope string", () => {
    for (const permission of Object.values(ROLE_PERMISSIONS).flat()) {
      expect(permission).toMatch(/^[a-z]+:[a-z-]+:(own|org|any)$/);
    }
  });

  it("sends each role to its own area after sign-in", () => {
    expect(homePathFor(["artisan"])).toBe("/studio");
    expect(homePathFor(["caseworker"])).toBe("/care");
    expect(homePathFor(["auditor"])).toBe("/admin/audit");
    expect(homePathFor(["artisan", "admin"])).toBe("/admin");
    expect(homePathFor([])).toBe("/");
  });
});
