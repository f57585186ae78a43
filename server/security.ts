import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/**
 * Security headers for every response, and the Origin check for every mutation. The CSP nonce is
 * made here and handed to Remix through the load context, so that only our own inline scripts run.
 */
export function securityHeaders(options: { production: boolean; development: boolean; cloudinaryImages?: boolean; cloudinaryUploads?: boolean }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    // The studio's pages post photos straight to Cloudinary's upload API when it is configured.
    const connectSrc = `${options.development ? "'self' ws: wss:" : "'self'"}${options.cloudinaryUploads ? " https://api.cloudinary.com" : ""}`;
    const imgSrc = `'self' data: blob:${options.cloudinaryImages ? " https://res.cloudinary.com" : ""}`;
    // Vite's dev server injects styles and scripts without a nonce; production builds need none of that.
    const scriptSrc = options.development ? `'self' 'unsafe-inline'` : `'nonce-${nonce}' 'strict-dynamic' 'self'`;
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${scriptSrc}`,
        `style-src 'self'${options.development ? " 'unsafe-inline'" : ""}`,
        `img-src ${imgSrc}`,
        "font-src 'self'",
        `connect-src ${connectSrc}`,
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
        ...(options.production ? ["upgrade-insecure-requests"] : []),
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=(), payment=()");
    if (options.production) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests sent by another site: a browser always names the page's origin.
 * Requests without Origin (server-to-server webhooks, curl) pass; they carry no user's cookies.
 */
export function originCheck(options: { allowedOrigins: string[] }) {
  const allowed = new Set(options.allowedOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get("origin");
    const fetchSite = req.get("sec-fetch-site");
    const ownOrigin = `${req.protocol}://${req.get("host")}`;
    const crossSite = origin ? origin !== ownOrigin && !allowed.has(origin) : fetchSite === "cross-site";
    if (crossSite) {
      res.status(403).type("text/plain").send("Cross-origin request refused: the Origin header does not match this site.");
      return;
    }
    next();
  };
}
