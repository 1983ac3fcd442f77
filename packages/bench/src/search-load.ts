// npm run search-load -w @kb/bench -- --api http://127.0.0.1:4000/graphql --db postgres://…/db [--count 200]
// A cache-busting search load: `count` distinct one- and two-word queries drawn from the base's own
// vocabulary (SearchWord) with Zipf-like weights (frequent words more often), one in ten with a typo,
// alternating English and French, sent one at a time; prints p50/p95/p99 of the response times.
// Run the API with KB_HTTP_CACHE=false KB_READ_MODEL=false to measure search with no cache at all.
import { parseArgs } from "node:util";
import { random } from "./generator/synthetic.ts";
import { withClient } from "./pg-client.ts";

const { values } = parseArgs({
  options: {
    api: { type: "string", default: "http://127.0.0.1:4000/graphql" },
    db: { type: "string" },
    count: { type: "string", default: "200" },
  },
});
const count = Number(values.count);
if (!values.db?.startsWith("postgres") || !Number.isInteger(count) || count < 1) {
  console.error(
    "usage: npm run search-load -w @kb/bench -- --db postgres://host/db [--api url] [--count 200]",
  );
  process.exit(2);
}

// Words by how many documents hold them (the most frequent first), per locale.
const vocabulary = await withClient(values.db, async (c) => {
  const res = await c.query<{ locale: "EN" | "FR"; word: string }>(
    `SELECT w."locale", w."word" FROM "SearchWord" w
     WHERE numnode(plainto_tsquery(kb_search_config(w."locale"), w."word")) > 0
     ORDER BY w."locale", w."key"`,
  );
  return { EN: res.rows.filter((r) => r.locale === "EN"), FR: res.rows.filter((r) => r.locale === "FR") };
});

const rand = random(42);
// Zipf (s = 1) over the vocabulary in a fixed shuffled order: rank r is drawn with weight 1/r.
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);
const typo = (w: string) => {
  const i = 1 + Math.floor(rand() * (w.length - 2));
  return rand() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
};
const queries = new Map<string, "EN" | "FR">();
for (let attempt = 0; queries.size < count && attempt < count * 20; attempt++) {
  const locale = queries.size % 2 ? "FR" : "EN";
  const words = vocabulary[locale];
  const pick = () => words[zipf(words.length)]!.word;
  let q = rand() < 0.5 ? pick() : `${pick()} ${pick()}`;
  if (rand() < 0.1) q = typo(q);
  if (!queries.has(q)) queries.set(q, locale);
}

const DOCUMENT = `query ($q: String!, $l: Locale) { search(query: $q, locale: $l, first: 10) {
  rank highlight errorCode { code title summary activationTypes { key name } } } }`;
const times: number[] = [];
let failed = 0;
for (const [q, l] of queries) {
  const started = performance.now();
  const res = await fetch(values.api, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: DOCUMENT, variables: { q, l } }),
  });
  const body = await res.text();
  times.push(performance.now() - started);
  if (!res.ok || body.includes('"errors"')) failed++;
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(
  `${times.length} distinct queries, 1 connection: p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times.at(-1)!.toFixed(1)} ms, ${failed} failed`,
);
