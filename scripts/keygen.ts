/** Prints a new DATA_KEY entry. To rotate, put it first and keep the old entries after it. */
import { generateKeyEntry } from "~/lib/crypto.server";

console.log(generateKeyEntry());
