import fs from "node:fs";

/** Scripts read .env like the server does (variables already set win). */
if (fs.existsSync(".env")) process.loadEnvFile(".env");
