// What the Next apps' env modules report when their settings are wrong: every problem in one message, and
// in production each setting the server cannot run without, named with what it is for.

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The problems of a set of settings: the schema's issues, led (in production) by the required ones unset. */
export function settingsProblems(
  values: Readonly<Record<string, unknown>>,
  issues: readonly Issue[],
  requiredInProduction: Readonly<Record<string, string>>,
): string[] {
  const problems = issues.map((i) => `${i.path.map(String).join(".")} ${i.message}`);
  if (values.NODE_ENV !== "production") return problems;
  const missing = Object.entries(requiredInProduction).filter(([name]) => values[name] === undefined);
  if (missing.length) {
    problems.unshift(
      `NODE_ENV=production needs ${missing.map(([name, what]) => `${name} (${what})`).join(", ")}`,
    );
  }
  return problems;
}
