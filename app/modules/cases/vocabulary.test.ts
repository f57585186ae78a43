import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import hi from "~/locales/hi";
import { SURVIVOR_DATA_FIELDS } from "~/lib/survivor-data";
import { MANDATES } from "~/modules/identity/roles";
import { NOTIFICATION_KINDS } from "./notifications.server";
import { fieldsForMandates, IDENTITY_FIELDS, MANDATE_FIELDS, SERVICE_KINDS, SERVICE_MANDATES } from "./vocabulary";

describe("care vocabulary", () => {
  it("redacts every identity field from logs", () => {
    for (const field of IDENTITY_FIELDS) expect(SURVIVOR_DATA_FIELDS).toContain(field);
  });

  it("has an English and a Hindi text for every notification kind", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const language of [en, hi]) {
        expect(language.care.notifications[kind].subject).toMatch(/\{\{code\}\}/);
        expect(language.care.notifications[kind].body.length).toBeGreaterThan(10);
      }
    }
  });

  it("gives a police unit what an investigation needs and a legal-aid organisation what a trial needs, nothing more", () => {
    expect(fieldsForMandates(["policing"])).toContain("identityDocuments");
    expect(fieldsForMandates(["policing"])).not.toContain("address");
    expect(fieldsForMandates(["prosecution"])).toContain("address");
    expect(fieldsForMandates(["prosecution"])).not.toContain("identityDocuments");
    expect(fieldsForMandates(["press", "partnership", "prevention"])).toEqual([]);
    expect(fieldsForMandates(["prosecution", "protection"])).toEqual(IDENTITY_FIELDS.filter((f) => [...MANDATE_FIELDS.prosecution, ...MANDATE_FIELDS.protection].includes(f)));
  });

  it("names a mandate for every service", () => {
    for (const service of SERVICE_KINDS) {
      expect(SERVICE_MANDATES[service].length).toBeGreaterThan(0);
      for (const mandate of SERVICE_MANDATES[service]) expect(MANDATES).toContain(mandate);
    }
  });
});
