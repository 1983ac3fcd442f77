// Bytes a reader downloads per page type: the HTML, and the JavaScript and CSS it loads, as sent on the
// wire (compressed). node:http, not fetch: fetch decompresses and reports the decoded size.
//   node --experimental-strip-types scripts/page-weight.ts [portal URL, default http://localhost:3000]
import http from "node:http";
import https from "node:https";

const base = process.argv[2] ?? "http://localhost:3000";
const pages: [string, string][] = [
  ["home", "/en"],
  ["code page", "/en/codes/0xC004F074"],
  ["code page (fr)", "/fr/codes/0xC004F035"],
  ["search", "/en/search?q=KMS+host"],
  ["unknown code (404)", "/en/codes/0xC004F0FF"],
];

function get(url: string): Promise<{ status: number; bytes: number; body: Buffer; encoding: string }> {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: { "accept-encoding": "br, gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          bytes: body.length,
          body,
          encoding: String(res.headers["content-encoding"] ?? "identity"),
        });
      });
    });
    req.on("error", reject);
  });
}

async function decoded(url: string): Promise<string> {
  return (await fetch(url)).text();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const rows: string[][] = [];
for (const [name, path] of pages) {
  const url = new URL(path, base).toString();
  const html = await get(url);
  const text = await decoded(url);
  const scripts = new Set([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  const styles = new Set(
    [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map(
      (m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? "",
    ),
  );
  let js = 0;
  let css = 0;
  for (const src of scripts) js += (await get(new URL(src.replace(/&amp;/g, "&"), base).toString())).bytes;
  for (const href of styles)
    if (href) css += (await get(new URL(href.replace(/&amp;/g, "&"), base).toString())).bytes;
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + (m[1]?.length ?? 0),
    0,
  );
  rows.push([
    name,
    path,
    String(html.status),
    kb(html.bytes),
    `${kb(js)} (${scripts.size} files)`,
    kb(css),
    kb(html.bytes + js + css),
    kb(inline),
  ]);
}

const header = ["page", "path", "status", "HTML", "JS", "CSS", "total", "inline script (decoded)"];
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
