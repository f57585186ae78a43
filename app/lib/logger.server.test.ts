import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.server";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { logger: createLogger({ level: "info", destination }), lines };
}

describe("logger", () => {
  it("redacts cookies, passwords, tokens and survivor fields wherever they sit", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        req: { headers: { cookie: "reweave_session=abc", authorization: "Bearer xyz", accept: "text/html" } },
        password: "hunter2hunter2",
        body: { token: "reset-token", legalName: "Meera Devi", craft: "weaving" },
        beneficiary: { contact: { phone: "+91 98765 43210" } },
      },
      "request",
    );
    const line = lines.join("");
    for (const secret of ["reweave_session=abc", "Bearer xyz", "hunter2hunter2", "reset-token", "Meera Devi", "98765"]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain("text/html");
    expect(line).toContain("weaving");
    expect(JSON.parse(line).body.legalName).toBe("[redacted]");
  });
});
