// The baseline: node:http returning fixed bytes with the same headers a page would carry.
// Usage: node scripts/bench/bare-server.mjs PORT BODY_FILE
import fs from "node:fs";
import http from "node:http";

const [port, bodyFile] = process.argv.slice(2);
const body = fs.readFileSync(bodyFile);
http
  .createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
