// Next's global types (fetch's `next` option among them) for `tsc` runs before `next build` has written
// next-env.d.ts, which is generated and not checked in.
/// <reference types="next" />
