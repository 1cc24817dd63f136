const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema and table names are interpolated into SQL, so only plain lowercase identifiers are accepted. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a lowercase SQL identifier`);
  return `"${name}"`;
}
