import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, getClientEnv, parseEnv } from "./env.server";

describe("environment", () => {
  it("runs on the embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("development");
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.database).toEqual({ kind: "pglite", dataDir: path.resolve("./data/pglite") });
    expect(env.isProduction).toBe(false);
  });

  it("reads every accepted DATABASE_URL form", () => {
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/reweave/db" }).database).toEqual({ kind: "pglite", dataDir: "/var/lib/reweave/db" });
    expect(parseEnv({ DATABASE_URL: "memory://" }).database).toEqual({ kind: "pglite-memory", snapshot: undefined });
    expect(parseEnv({ DATABASE_URL: "memory://?from=%2Ftmp%2Fs.tar" }).database).toEqual({ kind: "pglite-memory", snapshot: "/tmp/s.tar" });
    expect(parseEnv({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/reweave" }).database).toEqual({
      kind: "postgres",
      url: "postgres://postgres@127.0.0.1:5432/reweave",
    });
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db/reweave?sslmode=require" }).database.kind).toBe("postgres");
  });

  it("refuses a wrong DATABASE_URL, naming it and the accepted forms", () => {
    for (const value of ["mysql://localhost/db", "sqlite:./x.db", "postgres://host-without-database", "file:"]) {
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(ConfigError);
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL: must be .*file:PATH.*memory:\/\/.*postgres:\/\//);
    }
  });

  it("names every bad variable at once", () => {
    const error = (() => {
      try {
        parseEnv({ PORT: "eighty", LOG_LEVEL: "loud", SMTP_URL: "http://mail" });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(/PORT/);
    expect(error?.message).toMatch(/LOG_LEVEL/);
    expect(error?.message).toMatch(/SMTP_URL/);
  });

  it("in production requires a data key, a public URL and SMTP", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATA_KEY: is required when APP_ENV is production/);
    const env = parseEnv({
      NODE_ENV: "production",
      DATA_KEY: "k1:abc",
      APP_URL: "https://shop.reweave.org/",
      SMTP_URL: "smtps://user:pass@mail.example.org",
      DATABASE_URL: "postgres://u@db/reweave",
    });
    expect(env.isProduction).toBe(true);
    expect(env.APP_URL).toBe("https://shop.reweave.org");
  });

  it("lets a demo run the production build without keys", () => {
    const env = parseEnv({ NODE_ENV: "production", APP_ENV: "demo" });
    expect(env.APP_ENV).toBe("demo");
    expect(env.isProduction).toBe(false);
  });

  it("sends only the explicit list to the browser", () => {
    const env = parseEnv({ DATA_KEY: "k1:secret", SMTP_URL: "smtp://user:pass@mail", DATABASE_URL: "postgres://u:pw@db/x" });
    expect(getClientEnv(env)).toEqual({ APP_ENV: "development" });
  });
});
