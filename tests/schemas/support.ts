import { z } from 'astro/zod';
import type { SchemaContext } from '../../src/schemas/index.ts';

/** The stand-ins scripts use: a reference is an id, resolved to `{ collection, id }`; an image is its path. */
export const context = {
  reference: (collection: string) => z.string().transform((id) => ({ collection, id })),
  image: () => z.string(),
} as unknown as SchemaContext;

export interface Issue {
  path: string;
  message: string;
}

/** Parses and returns the data, failing the test with the issues if the schema rejects it. */
export function parsed(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`expected valid data, got ${JSON.stringify(issuesOf(result.error))}`);
  return result.data as Record<string, unknown>;
}

/** Parses data that must be rejected and returns every issue as dotted path and message. */
export function issues(schema: z.ZodType, data: unknown): Issue[] {
  const result = schema.safeParse(data);
  if (result.success) throw new Error(`expected the schema to reject ${JSON.stringify(data)}`);
  return issuesOf(result.error);
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
