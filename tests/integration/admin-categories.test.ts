import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { action as editAction } from "~/routes/admin.categories.$categoryId";
import { action as createAction } from "~/routes/admin.categories.new";
import { args, locationOf, settle, signIn } from "./admin-helpers";
import { createUser, makeRequest } from "./helpers";

type Refusal = { init: { status: number }; data: { result: { error: Record<string, string[]> } } };

describe("admin: categories", () => {
  it("an admin adds a category (it is data, not code) and edits it; both audited", async () => {
    const cookie = await signIn(await createUser(["admin"]));
    const created = await settle(createAction(args(makeRequest("/admin/categories/new", { cookie, form: { slug: "Woven-Bags", nameEn: "Woven bags", nameHi: "बुने थैले", position: "5" } }))));
    expect(locationOf(created)).toBe("/admin/categories?saved=1");
    const category = await db.category.findUniqueOrThrow({ where: { slug: "woven-bags" } });
    expect(category).toMatchObject({ nameEn: "Woven bags", nameHi: "बुने थैले", position: 5, descriptionEn: null });

    const edited = await settle(
      editAction(args(makeRequest(`/admin/categories/${category.id}`, { cookie, form: { slug: "woven-bags", nameEn: "Bags", nameHi: "", position: "2" } }), { categoryId: category.id })),
    );
    expect(locationOf(edited)).toBe("/admin/categories?saved=1");
    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ nameEn: "Bags", nameHi: null, position: 2 });
    const audit = await db.auditLog.findMany({ where: { entityId: category.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["admin.category.created", "admin.category.updated"]);
  });

  it("refuses a taken or malformed address name and an empty English name, changing nothing", async () => {
    const cookie = await signIn(await createUser(["admin"]));
    await db.category.create({ data: { slug: "honey-taken", nameEn: "Honey" } });
    const before = await db.category.count();
    for (const [form, field] of [
      [{ slug: "honey-taken", nameEn: "Honey again" }, "slug"],
      [{ slug: "two  words!", nameEn: "Odd" }, "slug"],
      [{ slug: "fine-slug", nameEn: "" }, "nameEn"],
      [{ slug: "fine-slug", nameEn: "Fine", position: "-1" }, "position"],
    ] as const) {
      const result = (await createAction(args(makeRequest("/admin/categories/new", { cookie, form })))) as unknown as Refusal;
      expect(result.init.status).toBe(400);
      expect(result.data.result.error[field]?.length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    expect(await db.category.count()).toBe(before);
  });

  it("is refused without the permission and 404 for an unknown category", async () => {
    const caseworker = await signIn(await createUser(["caseworker"]));
    expect(((await settle(createAction(args(makeRequest("/admin/categories/new", { cookie: caseworker, form: { slug: "x", nameEn: "X" } }))))) as Response).status).toBe(403);
    const admin = await signIn(await createUser(["admin"]));
    const missing = await settle(editAction(args(makeRequest("/admin/categories/00000000-0000-4000-8000-000000000000", { cookie: admin, form: { slug: "x", nameEn: "X" } }), { categoryId: "00000000-0000-4000-8000-000000000000" })));
    expect((missing as Response).status).toBe(404);
  });
});
