// The API as an Apollo Federation 2 subgraph: a gateway reads its SDL from _service and resolves entries
// by code through _entities; the SDL composes with another team's subgraph that extends ErrorCode.
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printSdl } from "./schema/build-schema.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on ErrorCode { code title servedLocale } } }`;

describe("the Federation subgraph", () => {
  it("serves its SDL with ErrorCode keyed by code", async () => {
    const res = await api.gql<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(res.data!._service.sdl).toMatch(/type ErrorCode\s+@key\(fields: "code"\)/);
    expect(res.data!._service.sdl).toContain("https://specs.apollo.dev/federation/v2.3");
    // The checked-in public SDL stays free of federation's fields.
    expect(printSdl()).not.toMatch(/_service|_entities|@key/);
  });

  it("resolves 0xC004F074 through _entities, in the reader's language, published entries only", async () => {
    const res = await api.gql(
      ENTITIES,
      {
        representations: [
          { __typename: "ErrorCode", code: "0xC004F074" },
          { __typename: "ErrorCode", code: "0xDEADBEEF" },
        ],
      },
      { "accept-language": "fr" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toMatchObject({ code: "0xC004F074", servedLocale: "FR" });
    expect(res.data!._entities[0].title).toMatch(/KMS/);
    expect(res.data!._entities[1]).toBeNull();

    const editor = await signIn(api, "EDITOR");
    // A working draft that differs from the published version: a gateway calling with an editor's
    // token still gets the published entry, fields included.
    await api.db.prisma.$executeRaw`
      UPDATE "ErrorCodeTranslation" SET "title" = 'A title in the draft only'
      WHERE "locale" = 'EN' AND "errorCodeId" = (SELECT "id" FROM "ErrorCode" WHERE "code" = '0xC004F074')`;
    const asEditor = await api.gql(
      ENTITIES,
      { representations: [{ __typename: "ErrorCode", code: "0xC004F074" }] },
      editor,
    );
    expect(asEditor.errors).toBeUndefined();
    expect(asEditor.data!._entities[0].title).not.toBe("A title in the draft only");
    expect(asEditor.data!._entities[0].title).toMatch(/KMS/);

    await api.gql(
      `mutation { unpublishErrorCode(id: "0xC004F074", expectedVersion: 1) { version } }`,
      {},
      editor,
    );
    const draft = await api.gql(
      ENTITIES,
      { representations: [{ __typename: "ErrorCode", code: "0xC004F074" }] },
      editor,
    );
    expect(draft.data!._entities).toEqual([null]);
  });

  it("composes into a supergraph with a subgraph that extends ErrorCode", async () => {
    const { data } = await api.gql<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const tickets = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type ErrorCode @key(fields: "code") {
        code: String!
        openTickets: Int!
      }
      type Ticket { id: ID! errorCode: ErrorCode! }
      type Query { ticket(id: ID!): Ticket }`;
    const result = composeServices([
      { name: "kb", typeDefs: parse(data!._service.sdl), url: api.url },
      { name: "tickets", typeDefs: parse(tickets), url: "http://tickets.example/graphql" },
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    const sdl = result.supergraphSdl!;
    expect(sdl).toMatch(
      /type ErrorCode\s+@join__type\(graph: KB, key: "code"\)\s+@join__type\(graph: TICKETS, key: "code"\)/,
    );
    expect(sdl).toMatch(/openTickets: Int! @join__field\(graph: TICKETS\)/);
  });
});
