import { Gegevenscategorie, verboden, Weigerreden } from "@gezinsbeeld/shared-schema";
import { ApolloServer } from "@apollo/server";
import { buildSchema, GraphQLError } from "graphql";

// A refused field's error is made on one prototype per category and reason (verboden): what the executor, Apollo
// Server and the gateway read of it must be exactly what a GraphQLError made for it alone would give.
describe("een weigering (verboden)", () => {
  const bericht = "Geen toegang tot gegevens van categorie VEILIGHEID: het huishouden heeft hiervoor geen toestemming gegeven aan uw organisatie.";

  it("is a GraphQLError of its own, at its own path, with the message and extensions of one made alone", () => {
    const pad = { prev: { prev: { prev: undefined, key: "gezinnen", typename: "Query" }, key: 3, typename: undefined }, key: "meldingen", typename: "Gezin" };
    const a = verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.GEEN_TOESTEMMING, pad);
    const b = verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.GEEN_TOESTEMMING, { ...pad, key: "onderzoeken" });
    expect(a).toBeInstanceOf(GraphQLError);
    expect(a).toBeInstanceOf(Error);
    expect(a).not.toBe(b);
    expect(a.path).toEqual(["gezinnen", 3, "meldingen"]);
    expect(b.path).toEqual(["gezinnen", 3, "onderzoeken"]);
    const alleen = new GraphQLError(bericht, { path: ["gezinnen", 3, "meldingen"], extensions: { code: "FORBIDDEN", categorie: "VEILIGHEID", reden: "no-consent" } });
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(alleen)));
    expect(a.toJSON()).toEqual(alleen.toJSON());
    expect(String(a)).toBe(String(alleen));
    // Another reason or category is another error.
    expect(verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.REGIME).message).toMatch(/anoniem advies/);
    expect(verboden(Gegevenscategorie.JUSTITIEEL, Weigerreden.GEEN_TOESTEMMING).extensions).toEqual({ code: "FORBIDDEN", categorie: "JUSTITIEEL", reden: "no-consent" });
  });

  it("cannot change what later refusals say: the extensions they share are frozen", () => {
    const a = verboden(Gegevenscategorie.MELDER, Weigerreden.BESCHERMDE_MELDER);
    expect(() => {
      (a.extensions as Record<string, unknown>).code = "INTERNAL_SERVER_ERROR";
    }).toThrow(TypeError);
    expect(verboden(Gegevenscategorie.MELDER, Weigerreden.BESCHERMDE_MELDER).extensions.code).toBe("FORBIDDEN");
  });

  it("reaches the client through Apollo Server as one error per field, each at its path, with and without a path given", async () => {
    const server = new ApolloServer({
      schema: buildSchema("type Query { a: String b: String c: [String] }"),
      rootValue: {
        a: (_args: unknown, _context: unknown, info: { path: Parameters<typeof verboden>[2] }) => {
          throw verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.GEEN_TOESTEMMING, info.path);
        },
        b: (_args: unknown, _context: unknown, info: { path: Parameters<typeof verboden>[2] }) => {
          throw verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.GEEN_TOESTEMMING, info.path);
        },
        // No path given: the executor places it, keeping its message and extensions.
        c: () => {
          throw verboden(Gegevenscategorie.VEILIGHEID, Weigerreden.GEEN_TOESTEMMING);
        },
      },
      includeStacktraceInErrorResponses: false,
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: "{ a b c }" });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      expect(data).toEqual({ a: null, b: null, c: null });
      expect(errors?.map((e) => e.path)).toEqual([["a"], ["b"], ["c"]]);
      for (const error of errors ?? []) {
        expect(error.message).toBe(bericht);
        expect(error.extensions).toEqual({ code: "FORBIDDEN", categorie: "VEILIGHEID", reden: "no-consent" });
      }
      // Only the executor's own error for c carries its place in the query; a for-its-path refusal does not.
      expect(errors?.[0]).not.toHaveProperty("locations");
      expect(errors?.[2]?.locations).toEqual([{ line: 1, column: 7 }]);
    } finally {
      await server.stop();
    }
  });
});
