// Printing a document costs a full AST walk: do it once per document object and reuse the text.
import { Kind, print, type DocumentNode } from "graphql";

export interface PrintedDocument {
  query: string;
  operationName: string | undefined;
  /** "query", "mutation" or "subscription": only queries may be sent as GET. */
  operation: string | undefined;
}

const cache = new WeakMap<DocumentNode, PrintedDocument>();

export function printDocument(document: DocumentNode): PrintedDocument {
  let printed = cache.get(document);
  if (!printed) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    printed = {
      query: print(document),
      operationName: operation?.name?.value,
      operation: operation?.kind === Kind.OPERATION_DEFINITION ? operation.operation : undefined,
    };
    cache.set(document, printed);
  }
  return printed;
}
