// The database settings, read and checked once.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  KB_DATA_DIR: z.string().min(1).optional(),
  /** Where npm was invoked: file arguments of the CLI are relative to it. */
  INIT_CWD: z.string().optional(),
});

export type DbEnv = z.infer<typeof schema>;

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Invalid database settings: ${problems}`);
  }
  return result.data;
}
