import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.server";

describe("password policy", () => {
  it("accepts long, uncommon passwords", () => {
    expect(passwordProblem("reweave-demo-2026")).toBeNull();
    expect(passwordProblem("honey jars on the hill")).toBeNull();
  });

  it("refuses short, common and personal passwords", () => {
    expect(passwordProblem("short1!")).toBe("tooShort");
    expect(passwordProblem("x".repeat(257))).toBe("tooLong");
    expect(passwordProblem("qwerty123456")).toBe("common");
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("common");
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toBe("common");
    expect(passwordProblem("ababababababab")).toBe("common");
    expect(passwordProblem("meera.devi.2026!", { email: "meera.devi@example.org" })).toBe("personal");
  });
});

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
