// npm run memory-load -w @kb/bench -- [--seconds 60] [--connections 16] [--path hot] [--workers 1]
// The API's memory under a cache-busting anonymous load: every request differs from the ones before it
// (lookups of codes in many forms, most of them unknown; searches of the base's own words, with typos and
// word pairs; pages with other sizes and filters; POST and GET alike), so every cache keeps filling. The
// product runs as the bench runs it (compiled, production mode, caches as --path says) on the bench's small
// database; RSS is sampled every 250 ms (supervisor and workers summed). Prints RSS idle, at its peak, at
// the end of the load and 10 s after it, and the request rate.
import { parseArgs } from "node:util";
import { random } from "./generator/synthetic.ts";
import { checkServer, prepareSmall, SMALL } from "./databases.ts";
import { stopAll, type Child } from "./children.ts";
import { PATHS, type ProductPath } from "./options.ts";
import { databaseUrl, withClient } from "./pg-client.ts";
import { startProduct } from "./product.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "16" },
    path: { type: "string", default: "hot" },
    workers: { type: "string", default: "1" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const workers = Number(values.workers);
const path = values.path as ProductPath;
if (
  ![seconds, connections, workers].every((n) => Number.isInteger(n) && n > 0) ||
  !(PATHS as readonly string[]).includes(path)
) {
  console.error(
    `usage: npm run memory-load -w @kb/bench -- [--seconds 60] [--connections 16] [--path ${PATHS.join("|")}] [--workers 1]`,
  );
  process.exit(2);
}

const adminUrl = process.env.KB_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
await checkServer(adminUrl);
await prepareSmall(adminUrl, true, (s) => console.log(s));
const url = databaseUrl(adminUrl, SMALL);
const { words, codes } = await withClient(url, async (c) => ({
  words: (await c.query<{ word: string }>(`SELECT DISTINCT "word" FROM "SearchWord"`)).rows.map(
    (r) => r.word,
  ),
  codes: (await c.query<{ code: string }>(`SELECT "code" FROM "ErrorCode"`)).rows.map((r) => r.code),
}));

const rand = random(7);
const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
const hex8 = () => (Math.floor(rand() * 0x1_0000_0000) >>> 0).toString(16).padStart(8, "0");
const typo = (w: string) => (w.length > 3 ? w.slice(0, 1) + w.slice(2) : w + "s");
const LOCALES = ["EN", "FR"];
const FORMS = [
  (c: string) => c,
  (c: string) => c.toLowerCase(),
  (c: string) => c.slice(2),
  (c: string) => String(Number(c)),
  (c: string) => String(Number(c) | 0),
];
const TYPES = ["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"];
let n = 0;

/** The next request: never the same text twice (a counter goes into every one of them). */
function nextRequest(): { query: string; variables: Record<string, unknown> } {
  n++;
  const locale = pick(LOCALES);
  const r = rand();
  if (r < 0.35) {
    // An unknown code (a new key for the caches, and a backlog candidate) or a known one in another form.
    const code = rand() < 0.7 ? `0x${hex8()}` : pick(FORMS)(pick(codes));
    return {
      query: `query Lookup${n % 997}($code: String!, $locale: Locale) { errorCode(code: $code, locale: $locale) {
        code title message causes { text } resolutions { text steps { text command } } } }`,
      variables: { code, locale },
    };
  }
  if (r < 0.8) {
    const chosen = [pick(words), ...(rand() < 0.5 ? [pick(words)] : [])];
    const q = chosen.map((w) => (rand() < 0.15 ? typo(w) : w)).join(" ");
    return {
      query: `query Search${n % 991}($q: String!, $locale: Locale) { search(query: $q, locale: $locale, first: 10) {
        rank highlight errorCode { code title summary } } }`,
      variables: { q: `${q} ${n % 3 === 0 ? n : ""}`.trim(), locale },
    };
  }
  return {
    query: `query Page${n % 983}($first: Int, $type: ActivationTypeKey, $locale: Locale) {
      errorCodes(first: $first, locale: $locale, filter: { activationType: $type }) { edges { node { code title } } } }`,
    variables: { first: 1 + (n % 50), type: rand() < 0.5 ? pick(TYPES) : null, locale },
  };
}

async function send(product: Child, stop: number, counts: { ok: number; failed: number }) {
  while (Date.now() < stop) {
    const body = nextRequest();
    const get = rand() < 0.5;
    const target = get
      ? `${product.origin}/graphql?query=${encodeURIComponent(body.query)}&variables=${encodeURIComponent(JSON.stringify(body.variables))}`
      : `${product.origin}/graphql`;
    const res = await fetch(target, {
      method: get ? "GET" : "POST",
      headers: get ? {} : { "content-type": "application/json" },
      body: get ? undefined : JSON.stringify(body),
    }).catch(() => null);
    if (res?.ok) {
      await res.arrayBuffer();
      counts.ok++;
    } else {
      counts.failed++;
    }
  }
}

const product = await startProduct(path, url, "product", workers);
try {
  const samples: number[] = [];
  const sample = () => {
    const mb = product.rssMb();
    if (mb !== null) samples.push(mb);
  };
  await new Promise((r) => setTimeout(r, 1000));
  const idle = product.rssMb();
  const timer = setInterval(sample, 250);
  const counts = { ok: 0, failed: 0 };
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, () => send(product, started + seconds * 1000, counts)),
  );
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(timer);
  const end = product.rssMb();
  await new Promise((r) => setTimeout(r, 10_000));
  const after = product.rssMb();
  // Where the memory is: V8's heap and what lives outside it, as the API's own /metrics says.
  const metrics = await fetch(`${product.origin}/metrics`).then(
    (r) => r.text(),
    () => "",
  );
  const gauge = (name: string) => {
    const values = [...metrics.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "gm"))].map((m) =>
      Number(m[1]),
    );
    return values.length ? `${Math.round(values.reduce((a, b) => a + b, 0) / 1024 / 1024)} MB` : "n/a";
  };
  console.log(
    [
      `memory-load: path ${path}, ${workers} worker(s), ${connections} connections, ${seconds} s`,
      `requests: ${counts.ok} ok, ${counts.failed} failed, ${(counts.ok / elapsed).toFixed(0)} req/s`,
      `RSS MB: idle ${idle}, peak ${Math.max(...samples)}, end of load ${end}, 10 s later ${after}`,
      `10 s later: V8 heap used ${gauge("nodejs_heap_size_used_bytes")} of ${gauge("nodejs_heap_size_total_bytes")}, external ${gauge("nodejs_external_memory_bytes")}`,
    ].join("\n"),
  );
} finally {
  await product.stop();
  await stopAll();
}
