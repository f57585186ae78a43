import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext, type HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { closeDatabase } from "~/lib/db.server";
import { getLanguage, i18nForRequest } from "~/lib/i18n.server";
import { logger } from "~/lib/logger.server";
import { startEarningsRelease } from "~/modules/earnings/index.server";
import { startIdentityHousekeeping } from "~/modules/identity/housekeeping.server";
import { startReservationSweeper } from "~/modules/orders/index.server";
import { startHearingReminders, startShopIncomeSync } from "~/modules/reintegration/index.server";
import { NonceProvider } from "~/ui/nonce";

const ABORT_DELAY_MS = 5_000;

startIdentityHousekeeping();
startReservationSweeper();
startEarningsRelease();
startHearingReminders();
startShopIncomeSync();

/** Called by server/index.ts on shutdown: an open embedded database would keep the process alive. */
export { closeDatabase };

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const i18n = await i18nForRequest(await getLanguage(request));
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <NonceProvider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY_MS} nonce={nonce} />
        </NonceProvider>
      </I18nextProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error({ err: error }, "render error");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY_MS + 1_000);
  });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // Responses thrown on purpose (403, 404, 503) are not errors of the server.
  if (error instanceof Response) return;
  logger.error({ err: error, method: request.method, path: new URL(request.url).pathname }, "unhandled error");
};
