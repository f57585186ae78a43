import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A small stand-in for Stripe's API, for the real `stripe` SDK: Checkout Sessions (create, retrieve,
 * expire) with their payment intents, refunds, and Connect's accounts (create, retrieve) and account
 * links, with idempotency keys honoured as Stripe does (same key, same answer). Every request is
 * recorded with its form-encoded parameters flattened ("line_items[0][quantity]").
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

/** The payment intent behind a session: for a destination charge, where the money goes and what the platform keeps. */
export interface FakePaymentIntent {
  id: string;
  amount: number;
  currency: string;
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
}

export interface FakeAccount {
  id: string;
  object: "account";
  type: string;
  country: string;
  email: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  capabilities: { transfers?: "active" | "inactive" | "pending" };
  metadata: Record<string, string>;
}

export const WEBHOOK_SECRET = "whsec_fakefakefakefakefake";

export interface StripeFake {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, FakeSession>;
  refunds: { id: string; amount: number; payment_intent: string }[];
  paymentIntents: Map<string, FakePaymentIntent>;
  accounts: Map<string, FakeAccount>;
  accountLinks: { account: string; url: string; refresh_url: string; return_url: string; type: string }[];
  /** The next request to a path starting with this prefix is refused (400, which the SDK does not retry). */
  failNext(pathPrefix: string): void;
  /** A webhook about a session, signed with WEBHOOK_SECRET as Stripe would sign it. */
  webhook(type: string, session: FakeSession, overrides?: Partial<FakeSession>, eventId?: string): { rawBody: string; headers: Headers };
  /**
   * Changes a connected account as Stripe would (onboarding finished, a capability turned on or off) and
   * signs its `account.updated`. With `stale`, only the event carries the changes: an old event arriving late.
   */
  accountUpdated(accountId: string, changes: Partial<FakeAccount>, options?: { eventId?: string; secret?: string; stale?: boolean }): { rawBody: string; headers: Headers };
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

/** The parameters under `prefix[...]`, e.g. metadata[orderId] → { orderId }. */
function paramsUnder(prefix: string, params: Record<string, string>) {
  const found: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.startsWith(`${prefix}[`) && key.endsWith("]") && !key.slice(prefix.length + 1, -1).includes("[")) found[key.slice(prefix.length + 1, -1)] = value;
  }
  return found;
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
  const paymentIntents = new Map<string, FakePaymentIntent>();
  const accounts = new Map<string, FakeAccount>();
  const accountLinks: StripeFake["accountLinks"] = [];
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
      const metadata = paramsUnder("metadata", params);
      const fee = params["payment_intent_data[application_fee_amount]"];
      const destination = params["payment_intent_data[transfer_data][destination]"];
      const currency = params["line_items[0][price_data][currency]"] ?? "usd";
      paymentIntents.set(`pi_test_${counter}`, {
        id: `pi_test_${counter}`,
        amount: sessionAmount(params),
        currency,
        application_fee_amount: fee === undefined ? null : Number(fee),
        transfer_data: destination ? { destination } : null,
      });
      const session: FakeSession = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        status: "open",
        payment_status: "unpaid",
        payment_intent: `pi_test_${counter}`,
        client_reference_id: params.client_reference_id ?? null,
        currency,
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
    if (method === "POST" && path === "/v1/accounts") {
      const account: FakeAccount = {
        id: `acct_test_${++counter}`,
        object: "account",
        type: params.type ?? "standard",
        country: params.country ?? "US",
        email: params.email ?? null,
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        capabilities: params["capabilities[transfers][requested]"] === "true" ? { transfers: "inactive" } : {},
        metadata: paramsUnder("metadata", params),
      };
      accounts.set(account.id, account);
      return { status: 200, body: account };
    }
    const accountMatch = /^\/v1\/accounts\/([\w-]+)$/.exec(path);
    if (accountMatch && method === "GET") {
      const account = accounts.get(accountMatch[1]!);
      return account ? { status: 200, body: account } : { status: 404, body: { error: { type: "invalid_request_error", message: "No such account" } } };
    }
    if (method === "POST" && path === "/v1/account_links") {
      if (!accounts.has(params.account ?? "")) return { status: 400, body: { error: { type: "invalid_request_error", message: "No such account" } } };
      const link = { account: params.account!, url: `https://connect.stripe.test/setup/e/${params.account}/${++counter}`, refresh_url: params.refresh_url!, return_url: params.return_url!, type: params.type! };
      accountLinks.push(link);
      return { status: 200, body: { object: "account_link", url: link.url, created: Math.floor(Date.now() / 1000), expires_at: Math.floor(Date.now() / 1000) + 300 } };
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
    paymentIntents,
    accounts,
    accountLinks,
    failNext: (prefix) => void failures.push(prefix),
    webhook(type, session, overrides = {}, eventId = `evt_${++counter}`) {
      const rawBody = JSON.stringify({ id: eventId, object: "event", type, api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), data: { object: { ...session, ...overrides } } }, null, 2);
      const signature = signer.webhooks.generateTestHeaderString({ payload: rawBody, secret: WEBHOOK_SECRET });
      return { rawBody, headers: new Headers({ "stripe-signature": signature, "content-type": "application/json" }) };
    },
    accountUpdated(accountId, changes, options = {}) {
      const account = accounts.get(accountId);
      if (!account) throw new Error(`the fake has no account ${accountId}`);
      if (!options.stale) Object.assign(account, changes);
      const eventId = options.eventId ?? `evt_${++counter}`;
      const rawBody = JSON.stringify({ id: eventId, object: "event", type: "account.updated", account: accountId, api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), data: { object: { ...account, ...changes } } });
      const signature = signer.webhooks.generateTestHeaderString({ payload: rawBody, secret: options.secret ?? WEBHOOK_SECRET });
      return { rawBody, headers: new Headers({ "stripe-signature": signature, "content-type": "application/json" }) };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
