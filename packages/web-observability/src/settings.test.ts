import { describe, expect, it } from "vitest";
import { settingsProblems } from "./settings.ts";

const required = { KB_API_URL: "the API's GraphQL URL", KB_PORTAL_URL: "the portal's public URL" };

describe("settingsProblems", () => {
  it("names every required setting left unset in production, first, then the schema's issues", () => {
    const values = { NODE_ENV: "production", KB_PORTAL_URL: "https://kb.example", LOG_LEVEL: "loud" };
    const issues = [{ path: ["LOG_LEVEL"], message: "must be one of info, debug" }];
    expect(settingsProblems(values, issues, required)).toEqual([
      "NODE_ENV=production needs KB_API_URL (the API's GraphQL URL)",
      "LOG_LEVEL must be one of info, debug",
    ]);
  });

  it("asks for nothing outside production", () => {
    expect(settingsProblems({ NODE_ENV: "development" }, [], required)).toEqual([]);
    expect(settingsProblems({}, [], required)).toEqual([]);
  });
});
