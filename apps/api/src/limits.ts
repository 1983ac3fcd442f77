// The limits every GraphQL operation is checked against: enforced in server.ts and the plugins, and
// stated in the schema's own description (build-schema.ts) so that clients read them where they look.
export const LIMITS = {
  depth: 8,
  aliases: 15,
  directives: 10,
  tokens: 2000,
  cost: 20_000,
} as const;
