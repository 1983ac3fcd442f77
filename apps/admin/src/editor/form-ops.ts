// Pure updates of the editor form by field path ("fr.title", "resolutions[0].steps[1].en"). The form is
// small, so each change copies it whole: simple, and React sees a new object.
import { parsePath } from "../lib/paths.ts";
import type { EntryForm } from "./form-model.ts";

type Node = Record<string | number, unknown>;

export function getIn(form: EntryForm, path: string): unknown {
  return parsePath(path).reduce<unknown>((node, segment) => (node as Node | undefined)?.[segment], form);
}

function edit(
  form: EntryForm,
  path: string,
  change: (parent: Node, last: string | number) => void,
): EntryForm {
  const copy = structuredClone(form);
  const segments = parsePath(path);
  const last = segments.pop();
  if (last === undefined) return form;
  const parent = segments.reduce<Node>((node, segment) => node[segment] as Node, copy as unknown as Node);
  change(parent, last);
  return copy;
}

export function setIn(form: EntryForm, path: string, value: unknown): EntryForm {
  return edit(form, path, (parent, last) => {
    parent[last] = value;
  });
}

export function insertItem(form: EntryForm, listPath: string, item: unknown): EntryForm {
  return edit(form, listPath, (parent, last) => {
    (parent[last] as unknown[]).push(item);
  });
}

export function removeItem(form: EntryForm, listPath: string, index: number): EntryForm {
  return edit(form, listPath, (parent, last) => {
    (parent[last] as unknown[]).splice(index, 1);
  });
}

/** Moves an item by one place; a move past either end changes nothing. */
export function moveItem(form: EntryForm, listPath: string, index: number, delta: -1 | 1): EntryForm {
  const list = getIn(form, listPath) as unknown[];
  const target = index + delta;
  if (target < 0 || target >= list.length) return form;
  return edit(form, listPath, (parent, last) => {
    const items = parent[last] as unknown[];
    [items[index], items[target]] = [items[target], items[index]];
  });
}

/** Toggling keeps the saved order of the types, so that re-checking one does not reorder the others. */
export function toggleType(form: EntryForm, key: EntryForm["activationTypes"][number]): EntryForm {
  const has = form.activationTypes.includes(key);
  return {
    ...form,
    activationTypes: has ? form.activationTypes.filter((k) => k !== key) : [...form.activationTypes, key],
  };
}
