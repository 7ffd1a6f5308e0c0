import type { GraphQLResponse } from "./subgraph";

/**
 * An unknown record answers exactly as one the requester may not touch (existence is data): FORBIDDEN with
 * no-involvement, the same message and extensions as `geweigerd` (the answer for a real record of a household
 * the requester is not involved in), and no data in either.
 */
export function expectOnbekendAlsGeweigerd(onbekend: GraphQLResponse, geweigerd: GraphQLResponse): void {
  const [fout] = onbekend.errors ?? [];
  expect(onbekend.errors).toHaveLength(1);
  expect(fout!.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
  expect(fout!.message).toMatch(/bestaat niet, of/);
  expect(geweigerd.errors).toHaveLength(1);
  expect({ message: fout!.message, extensions: fout!.extensions }).toEqual({ message: geweigerd.errors![0]!.message, extensions: geweigerd.errors![0]!.extensions });
  for (const response of [onbekend, geweigerd]) {
    for (const value of Object.values(response.data ?? {})) expect(value).toBeNull();
  }
}
