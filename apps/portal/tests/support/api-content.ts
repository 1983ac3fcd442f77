// Editorial calls the tests make through the API, as an editor would from the admin.
import { signIn, type TestApi } from "@kb/api/testing";

export interface NewEntry {
  code: string;
  title: string;
  fr?: string;
  command?: string;
}

/** Creates a draft through createErrorCode, then publishes it; returns the published version. */
export async function publishEntry(api: TestApi, entry: NewEntry): Promise<number> {
  const auth = await signIn(api, "EDITOR");
  const text = (en: string) => ({ en, fr: entry.fr ? `${en} (fr)` : undefined });
  const input = {
    code: entry.code,
    activationTypes: ["KMS_CLIENT"],
    en: { title: entry.title, summary: `${entry.title}.`, message: `${entry.title}.` },
    fr: entry.fr ? { title: entry.fr, summary: `${entry.fr}.`, message: `${entry.fr}.` } : undefined,
    causes: [text("The test cause happened")],
    resolutions: [
      {
        ...text("Run the test command"),
        steps: entry.command ? [{ command: entry.command }] : undefined,
      },
    ],
    references: [],
  };
  const created = await api.gql(
    `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { code version } }`,
    { input },
    auth,
  );
  if (!created.data) throw new Error(`createErrorCode failed: ${JSON.stringify(created.errors)}`);
  const published = await api.gql(
    `mutation ($id: String!, $v: Int!, $partial: Boolean) {
      publishErrorCode(id: $id, expectedVersion: $v, allowMissingTranslations: $partial) { status version } }`,
    // An entry without French is published as English-only on purpose: readers of French see it marked.
    { id: entry.code, v: created.data.createErrorCode.version, partial: !entry.fr },
    auth,
  );
  if (!published.data) throw new Error(`publishErrorCode failed: ${JSON.stringify(published.errors)}`);
  return published.data.publishErrorCode.version;
}

/** What editors see: the backlog of unknown codes, and reader feedback. */
export async function editorView(api: TestApi) {
  const auth = await signIn(api, "EDITOR");
  const res = await api.gql(
    `{ unknownLookups { code count } feedback { code locale helpful comment } }`,
    {},
    auth,
  );
  if (!res.data) throw new Error(`editor queries failed: ${JSON.stringify(res.errors)}`);
  return res.data as {
    unknownLookups: { code: string; count: number }[];
    feedback: { code: string; locale: string; helpful: boolean; comment: string | null }[];
  };
}
