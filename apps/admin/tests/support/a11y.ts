// Automated accessibility check of a rendered page with axe-core (labels, contrast, landmarks, ARIA).
// Only serious and critical findings fail a test; the rest is judgement, left to review.
import axe from "axe-core";
import type { Page } from "playwright-core";

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await runner.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 4)
          .join(" | ")}`,
    );
}
