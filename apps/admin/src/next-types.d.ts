// Next's global types (CSS imports, fetch's `next` option) for `tsc` runs before `next build` has
// written next-env.d.ts, which is generated and not checked in.
/// <reference types="next" />
