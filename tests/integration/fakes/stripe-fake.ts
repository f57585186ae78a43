import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A small stand-in for Stripe's API, for the real `stripe` SDK: Checkout Sessions (create, retrieve,
 * expire) and refunds, with idempotency keys honoured as Stripe does (same key, same answer). Every
 * request is recorded with its form-encoded parameters flattened ("line_items[0][quantity]").
 */

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  params: Record<string, string>;
}

export interface FakeSession {
  id: string;
  object: "checkout.session";
  url: string;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  payment_intent: string;
  client_reference_id: string | null;
  currency: string;
  amount_total: number;
  metadata: Record<string, string>;
  expires_at: number;
}

export const WEBHOOK_SECRET = "whsec_fakefakefakefakefake";

export interface StripeFake {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, FakeSession>;
  refunds: { id: string; amount: number; payment_intent: string }[];
  /** The next request to a path starting with this prefix is refused (400, which the SDK does not retry). */
  failNext(pathPrefix: string): void;
  /** A webhook about a session, signed with WEBHOOK_SECRET as Stripe would sign it. */
  webhook(type: string, session: FakeSession, overrides?: Partial<FakeSession>, eventId?: string): { rawBody: string; headers: Headers };
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function sessionAmount(params: Record<string, string>) {
  let total = 0;
  for (let index = 0; params[`line_items[${index}][quantity]`]; index++) {
    total += Number(params[`line_items[${index}][quantity]`]) * Number(params[`line_items[${index}][price_data][unit_amount]`]);
  }
  return total + Number(params["shipping_options[0][shipping_rate_data][fixed_amount][amount]"] ?? 0);
}

export async function startStripeFake(): Promise<StripeFake> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, FakeSession>();
  const refunds: StripeFake["refunds"] = [];
  const answered = new Map<string, { status: number; body: unknown }>();
  const failures: string[] = [];
  let counter = 0;
  const signer = new Stripe("sk_test_signer");

  function answer(method: string, path: string, params: Record<string, string>): { status: number; body: unknown } {
    const failing = failures.findIndex((prefix) => path.startsWith(prefix));
    if (failing >= 0) {
      failures.splice(failing, 1);
      return { status: 400, body: { error: { type: "invalid_request_error", message: "refused by the fake" } } };
    }
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${++counter}`;
      const metadata: Record<string, string> = {};
      for (const [key, value] of Object.entries(params)) {
        const match = /^metadata\[(\w+)\]$/.exec(key);
        if (match) metadata[match[1]!] = value;
      }
      const session: FakeSession = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        status: "open",
        payment_status: "unpaid",
        payment_intent: `pi_test_${counter}`,
        client_reference_id: params.client_reference_id ?? null,
        currency: params["line_items[0][price_data][currency]"] ?? "usd",
        amount_total: sessionAmount(params),
        metadata,
        expires_at: Number(params.expires_at),
      };
      sessions.set(id, session);
      return { status: 200, body: session };
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([\w-]+)(\/expire)?$/.exec(path);
    if (sessionMatch) {
      const session = sessions.get(sessionMatch[1]!);
      if (!session) return { status: 404, body: { error: { type: "invalid_request_error", message: "No such checkout.session" } } };
      if (sessionMatch[2] && method === "POST") {
        if (session.status !== "open") return { status: 400, body: { error: { type: "invalid_request_error", message: "Only open sessions can be expired" } } };
        session.status = "expired";
      }
      return { status: 200, body: session };
    }
    if (method === "POST" && path === "/v1/refunds") {
      const refund = { id: `re_test_${++counter}`, object: "refund", amount: Number(params.amount), payment_intent: params.payment_intent!, status: "succeeded" };
      refunds.push(refund);
      return { status: 200, body: refund };
    }
    return { status: 404, body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` } } };
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const url = new URL(request.url ?? "/", "http://fake");
      const params = Object.fromEntries(new URLSearchParams(request.method === "GET" ? url.search : body));
      const idempotencyKey = request.headers["idempotency-key"] as string | undefined;
      requests.push({ method: request.method ?? "GET", path: url.pathname, idempotencyKey, authorization: request.headers.authorization, params });
      const replay = idempotencyKey ? answered.get(`${request.method} ${url.pathname} ${idempotencyKey}`) : undefined;
      const result = replay ?? answer(request.method ?? "GET", url.pathname, params);
      if (idempotencyKey && result.status < 500) answered.set(`${request.method} ${url.pathname} ${idempotencyKey}`, result);
      response.writeHead(result.status, { "Content-Type": "application/json", "Request-Id": `req_${counter}` });
      response.end(JSON.stringify(result.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    refunds,
    failNext: (prefix) => void failures.push(prefix),
    webhook(type, session, overrides = {}, eventId = `evt_${++counter}`) {
      const rawBody = JSON.stringify({ id: eventId, object: "event", type, api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), data: { object: { ...session, ...overrides } } }, null, 2);
      const signature = signer.webhooks.generateTestHeaderString({ payload: rawBody, secret: WEBHOOK_SECRET });
      return { rawBody, headers: new Headers({ "stripe-signature": signature, "content-type": "application/json" }) };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
