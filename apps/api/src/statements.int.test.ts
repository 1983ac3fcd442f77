// No N+1: a page of codes with every nested list costs the same number of SQL statements whatever its size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let statements: string[] = [];
beforeAll(async () => (api = await startTestApi({ onQuery: (sql) => statements.push(sql) })));
afterAll(() => api?.close());

const NESTED = `query ($first: Int) {
  errorCodes(first: $first, locale: FR) {
    totalCount
    edges { node {
      code title servedLocale
      activationTypes { key name }
      causes { text }
      resolutions { text activationType { name } steps { kind text command } }
      references { title }
      translations { locale status }
      related { code title }
    } }
  }
}`;

async function countFor(first: number) {
  statements = [];
  const res = await api.gql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data!.errorCodes.edges).toHaveLength(first);
  return statements.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(s)).length;
}

describe("SQL statements per request", () => {
  it("stay constant from 5 to 30 codes with every nested field", async () => {
    const five = await countFor(5);
    const thirty = await countFor(30);
    console.log(`statements for a page of 5: ${five}; of 30: ${thirty}`);
    expect(thirty).toBe(five);
    expect(thirty).toBeLessThanOrEqual(20);
  });
});
