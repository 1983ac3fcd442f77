// The export as a file download. A GET that only reads, with the editor's own session: a cross-site
// link can start a download to the editor's own machine, nothing more (SameSite=Lax, no side effects).
import { ExportEntriesDocument, isKbApiError } from "@kb/client";
import { apiClient } from "../../../../server/api.ts";

export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get("format") === "XLIFF" ? "XLIFF" : "JSON";
  try {
    const { exportEntries } = await (await apiClient()).request(ExportEntriesDocument, { format });
    const stamp = new Date().toISOString().slice(0, 10);
    const extension = format === "XLIFF" ? "xlf" : "json";
    return new Response(exportEntries, {
      headers: {
        "content-type":
          format === "XLIFF" ? "application/xliff+xml; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="activation-kb-${stamp}.${extension}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isKbApiError(error) && error.code === "UNAUTHENTICATED") {
      return Response.redirect(new URL("/sign-in?expired=1&next=/import-export", request.url), 303);
    }
    throw error;
  }
}
