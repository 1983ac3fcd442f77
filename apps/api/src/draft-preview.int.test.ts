// Draft preview links: signed for readers of drafts, read back as a credential that sees the working
// draft of one code and nothing else, and refused once expired or forged.
import { signPreviewToken } from "@kb/codes/preview-token";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

const SECRET = "preview-secret-for-tests-0123456789abcdef";
let api: TestApi;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({
    settings: { KB_PREVIEW_SECRET: SECRET, KB_PORTAL_URL: "https://kb.example.test/" },
  });
  editor = await signIn(api, "EDITOR");
  // A saved, unpublished change to a published entry.
  const res = await api.gql<any>(
    `query { errorCodeSource(id: "0xC004F074") { version source {
      code activationTypes en { title summary message notes } fr { title summary message notes }
      causes { id en fr } resolutions { id en fr activationType steps { id command en fr } } references { id en fr url } } } }`,
    {},
    editor,
  );
  const { version, source } = res.data.errorCodeSource;
  source.en.title = "Draft title not yet published";
  const saved = await api.gql(
    `mutation ($v: Int!, $input: ErrorCodeInput!) { updateErrorCode(id: "0xC004F074", expectedVersion: $v, input: $input) { version } }`,
    { v: version, input: source },
    editor,
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(() => api?.close());

const LINK = `mutation ($id: String!) { createPreviewLink(id: $id, locale: FR) { url expiresAt } }`;
const TITLE = `query ($code: String!) { errorCode(code: $code, locale: EN) { title } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function previewToken(code = "0xC004F074") {
  const res = await api.gql<any>(LINK, { id: code }, editor);
  expect(res.errors).toBeUndefined();
  const url = new URL(res.data.createPreviewLink.url);
  return { url, token: url.searchParams.get("token")! };
}

describe("createPreviewLink", () => {
  it("gives readers of drafts a portal link that expires within the hour", async () => {
    const { url } = await previewToken();
    expect(`${url.origin}${url.pathname}`).toBe("https://kb.example.test/api/draft");
    expect(url.searchParams.get("locale")).toBe("fr");
    const res = await api.gql<any>(LINK, { id: "c004f074" }, editor);
    const expires = new Date(res.data.createPreviewLink.expiresAt).getTime();
    expect(expires - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  it("is refused to anonymous readers, and for codes the base does not hold", async () => {
    const anonymous = await api.gql(LINK, { id: "0xC004F074" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const unknown = await api.gql(LINK, { id: "0xC004F0FF" }, editor);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("a preview token", () => {
  it("reads the draft of its code, which anonymous readers do not see", async () => {
    const { token } = await previewToken();
    const publicRead = await api.gql<any>(TITLE, { code: "0xC004F074" });
    expect(publicRead.data.errorCode.title).not.toBe("Draft title not yet published");
    const preview = await api.gql<any>(TITLE, { code: "0xC004F074" }, bearer(token));
    expect(preview.data.errorCode.title).toBe("Draft title not yet published");
    // The response cache did not keep the draft for the next anonymous reader.
    const again = await api.gql<any>(TITLE, { code: "0xC004F074" });
    expect(again.data.errorCode.title).not.toBe("Draft title not yet published");
  });

  it("reads only published versions of other codes, and no unpublished code", async () => {
    const { token } = await previewToken();
    const created = await api.gql<any>(
      `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { code } }`,
      {
        input: {
          code: "0xC004F0AA",
          activationTypes: ["KMS_CLIENT"],
          en: { title: "Unpublished", summary: "Unpublished.", message: "Unpublished." },
          causes: [{ en: "A cause" }],
          resolutions: [{ en: "A resolution" }],
          references: [],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const other = await api.gql<any>(TITLE, { code: "0xC004F0AA" }, bearer(token));
    expect(other.data.errorCode).toBeNull();
    const list = await api.gql<any>(
      `{ errorCodes(first: 100) { edges { node { code title } } } }`,
      {},
      bearer(token),
    );
    const codes = list.data.errorCodes.edges.map((e: any) => e.node.code);
    expect(codes).not.toContain("0xC004F0AA");
  });

  it("can write nothing and read no editorial data", async () => {
    const { token } = await previewToken();
    const publish = await api.gql(
      `mutation { publishErrorCode(id: "0xC004F074", expectedVersion: 1) { version } }`,
      {},
      bearer(token),
    );
    expect(publish.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const source = await api.gql(`{ errorCodeSource(id: "0xC004F074") { version } }`, {}, bearer(token));
    expect(source.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const link = await api.gql(LINK, { id: "0xC004F074" }, bearer(token));
    expect(link.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused with 401 when expired or forged, saying why", async () => {
    const expired = signPreviewToken({ code: "0xC004F074", expiresAt: new Date(Date.now() - 1000) }, SECRET);
    const forged = signPreviewToken(
      { code: "0xC004F074", expiresAt: new Date(Date.now() + 60_000) },
      "another-secret-0123456789abcdef0123456789",
    );
    for (const token of [expired, forged]) {
      // A bad credential is never read as anonymous: the reader learns the link is no good.
      const res = await api.gql<any>(TITLE, { code: "0xC004F074" }, bearer(token));
      expect(res.status).toBe(401);
      expect(res.data?.errorCode).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toMatch(/preview link (has expired|is not valid)/);
    }
  });
});
