import { describe, expect, it } from "vitest";
import { DecryptionError, decryptWith, encryptWith, generateKeyEntry, keyedHashWith, parseKeyring } from "./crypto.server";

const keyring = parseKeyring(`${generateKeyEntry("new")},${generateKeyEntry("old")}`);

describe("field encryption", () => {
  it("round-trips text, including Devanagari and empty strings", () => {
    for (const plaintext of ["Ibanri Lyngdoh", "इबानरी", "", "a".repeat(10_000)]) {
      expect(decryptWith(keyring, encryptWith(keyring, plaintext))).toBe(plaintext);
    }
  });

  it("never stores the plaintext and gives a different ciphertext each time", () => {
    const first = encryptWith(keyring, "Meera Devi");
    const second = encryptWith(keyring, "Meera Devi");
    expect(first).not.toContain("Meera");
    expect(first).not.toBe(second);
    expect(first.startsWith("enc:v1:new:")).toBe(true);
  });

  it("raises an error on tampered ciphertext, never returns garbage", () => {
    const stored = encryptWith(keyring, "phone +91 98765 43210");
    const parts = stored.split(":");
    const ciphertext = Buffer.from(parts[5]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 0xff;
    parts[5] = ciphertext.toString("base64url");
    expect(() => decryptWith(keyring, parts.join(":"))).toThrow(DecryptionError);

    const tag = Buffer.from(parts[4]!, "base64url");
    tag[3] = tag[3]! ^ 0x01;
    expect(() => decryptWith(keyring, [...parts.slice(0, 4), tag.toString("base64url"), parts[5]].join(":"))).toThrow(DecryptionError);
    expect(() => decryptWith(keyring, "enc:v1:new:only-three:parts")).toThrow(DecryptionError);
    expect(() => decryptWith(keyring, "plaintext that was never encrypted")).toThrow(DecryptionError);
  });

  it("refuses a value encrypted under an unknown key id", () => {
    const other = parseKeyring(generateKeyEntry("retired"));
    expect(() => decryptWith(keyring, encryptWith(other, "secret"))).toThrow(/unknown key id "retired"/);
  });

  it("reads values written under an older key after rotation", () => {
    const before = parseKeyring(`${generateKeyEntry("k1")}`);
    const stored = encryptWith(before, "kept across rotation");
    const k1 = `k1:${before.keys.get("k1")!.toString("base64")}`;
    const rotated = parseKeyring(`${generateKeyEntry("k2")},${k1}`);
    expect(decryptWith(rotated, stored)).toBe("kept across rotation");
    expect(encryptWith(rotated, "new").startsWith("enc:v1:k2:")).toBe(true);
  });

  it("binds a value to its context, so it cannot be moved to another record", () => {
    const stored = encryptWith(keyring, "Daphi", "beneficiary.legalName:1");
    expect(decryptWith(keyring, stored, "beneficiary.legalName:1")).toBe("Daphi");
    expect(() => decryptWith(keyring, stored, "beneficiary.legalName:2")).toThrow(DecryptionError);
  });

  it("rejects malformed DATA_KEY values with a message naming the variable", () => {
    expect(() => parseKeyring("")).toThrow(/DATA_KEY/);
    expect(() => parseKeyring("nocolon")).toThrow(/DATA_KEY/);
    expect(() => parseKeyring(`short:${Buffer.alloc(16).toString("base64")}`)).toThrow(/32 bytes/);
    const entry = generateKeyEntry("dup");
    expect(() => parseKeyring(`${entry},${entry}`)).toThrow(/twice/);
  });

  it("keyed hashes match for equal input and differ by purpose", () => {
    expect(keyedHashWith(keyring, "dedupe", "meera|1998|ri-bhoi")).toBe(keyedHashWith(keyring, "dedupe", "meera|1998|ri-bhoi"));
    expect(keyedHashWith(keyring, "dedupe", "meera|1998|ri-bhoi")).not.toBe(keyedHashWith(keyring, "other", "meera|1998|ri-bhoi"));
  });
});
