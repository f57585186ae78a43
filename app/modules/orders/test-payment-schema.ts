import { z } from "zod";

/** The buttons of the manual provider's test-payment page. */
export const TestPaymentSchema = z.object({ intent: z.enum(["pay", "decline"]), sig: z.string().min(1).max(200) });
