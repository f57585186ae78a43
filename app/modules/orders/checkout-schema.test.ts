import { getZodConstraint } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/validation";
import { CartActionSchema } from "./cart-schema";
import { CheckoutFields, CheckoutSchema } from "./checkout-schema";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

/** The field errors of a refused submission (none when it passed). */
const errorsOf = (result: ReturnType<typeof parseForm>) => (result.status === "success" ? undefined : result.error);

const valid = {
  email: "  Ada@Example.org ",
  name: "Ada",
  "shipping.line1": "1 Rue de Rivoli",
  "shipping.city": "Paris",
  "shipping.postalCode": "75 001",
  "shipping.country": "fr",
  billingSameAsShipping: "on",
};

describe("checkout form", () => {
  it("accepts a buyer with one address for both, tidied", () => {
    const result = parseForm(form(valid), CheckoutSchema);
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    const shipping = { line1: "1 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" };
    expect(result.value).toEqual({ email: "ada@example.org", name: "Ada", shipping, billing: shipping });
  });

  it("drops anything it does not know, prices included", () => {
    const result = parseForm(form({ ...valid, totalMinor: "1", "lines[0].unitPriceMinor": "1", currency: "JPY" }), CheckoutSchema);
    expect(result.status === "success" && Object.keys(result.value).sort()).toEqual(["billing", "email", "name", "shipping"]);
  });

  it("marks every problem at once, on its field, including a separate billing address", () => {
    const result = parseForm(
      form({ email: "not-an-email", "shipping.country": "IN", "shipping.postalCode": "012345", phone: "x", "billing.country": "US", "billing.postalCode": "123" }),
      CheckoutSchema,
    );
    expect(result.status).toBe("error");
    expect(errorsOf(result)).toMatchObject({
      email: ["validation.email"],
      name: ["validation.required"],
      phone: ["checkout:errors.phone"],
      "shipping.line1": ["validation.required"],
      "shipping.postalCode": ["checkout:errors.postalCode"],
      "billing.line1": ["validation.required"],
      "billing.postalCode": ["checkout:errors.postalCode"],
    });
  });

  it("ignores the billing fields when billing is the same as shipping", () => {
    const result = parseForm(form({ ...valid, "billing.postalCode": "rubbish" }), CheckoutSchema);
    expect(result.status).toBe("success");
  });

  it("gives the browser its constraints: required fields, and billing fields never required by themselves", () => {
    const constraint = getZodConstraint(CheckoutFields);
    expect(constraint.email).toMatchObject({ required: true });
    expect(constraint.name).toMatchObject({ required: true });
    expect(constraint["shipping.line1"]).toMatchObject({ required: true });
    expect(constraint.phone?.required).toBe(false);
    expect(constraint["billing.line1"]?.required).toBe(false);
  });

  it("asks for a postal code where the country has them", () => {
    const result = parseForm(form({ ...valid, "shipping.country": "JP", "shipping.postalCode": "" }), CheckoutSchema);
    expect(errorsOf(result)).toEqual({ "shipping.postalCode": ["validation.required"] });
  });
});

describe("cart forms", () => {
  it("reads each intent and refuses bad quantities", () => {
    const variantId = "7f0c5b7e-3f7a-4a57-9a51-2f0a51f7b0c1";
    expect(parseForm(form({ intent: "add", variantId }), CartActionSchema)).toMatchObject({ status: "success", value: { intent: "add", variantId, quantity: 1 } });
    expect(parseForm(form({ intent: "update", variantId, quantity: "3" }), CartActionSchema)).toMatchObject({ value: { quantity: 3 } });
    expect(parseForm(form({ intent: "country", country: "de" }), CartActionSchema)).toMatchObject({ value: { country: "DE" } });
    for (const quantity of ["0", "100", "1.5", "many"]) {
      expect(errorsOf(parseForm(form({ intent: "update", variantId, quantity }), CartActionSchema))).toEqual({ quantity: ["checkout:cart.errors.quantity"] });
    }
    expect(errorsOf(parseForm(form({ intent: "remove", variantId: "1" }), CartActionSchema))).toEqual({ variantId: ["checkout:cart.errors.unavailable"] });
    expect(parseForm(form({ intent: "steal" }), CartActionSchema).status).toBe("error");
  });
});
