import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../../core/errors/app-error.ts";

/** Turns the first zod issue into VALIDATION naming the field (→ 400 {error:{code,message,field}}). */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? issue.path.join(".") : "body";
  throw new AppError("VALIDATION", issue.message, { field });
}

/** The JSON body, validated; a body that is not JSON is a 400 about "body". */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new AppError("VALIDATION", "The body must be JSON", { field: "body" });
  }
  return parseOrThrow(schema, value);
}
