import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import { bevatOngeldigTeken, ongeldigTekenFout } from "../validation";

/**
 * What {@link zoekOngeldigeLiteral} found per parsed document: Apollo Server
 * hands the same document object back for the same query text (its document
 * cache), and the answer depends on the document alone, so a query asked again
 * is not walked again.
 */
const literalPerDocument = new WeakMap<DocumentNode, string | null>();

/** The name of the first argument or input field whose string literal holds a character that cannot be stored. */
function ongeldigeLiteral(document: DocumentNode): string | undefined {
  let gevonden = literalPerDocument.get(document);
  if (gevonden === undefined) literalPerDocument.set(document, (gevonden = zoekOngeldigeLiteral(document) ?? null));
  return gevonden ?? undefined;
}

function zoekOngeldigeLiteral(document: DocumentNode): string | undefined {
  let gevonden: string | undefined;
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (gevonden || !bevatOngeldigTeken(node.value)) return;
      const naam = [...ancestors].reverse().find((a): a is ASTNode & { kind: Kind.ARGUMENT | Kind.OBJECT_FIELD; name: { value: string } } => {
        const kind = (a as ASTNode).kind;
        return kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD;
      });
      gevonden = naam?.name.value ?? "invoer";
    },
  });
  return gevonden;
}

/** The path (`invoer.leden.0.naam`) of the first string in `value` that holds a character that cannot be stored. */
function ongeldigeWaarde(value: unknown, pad: string): string | undefined {
  if (typeof value === "string") return bevatOngeldigTeken(value) ? pad : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const gevonden = ongeldigeWaarde(item, `${pad}.${index}`);
      if (gevonden) return gevonden;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const gevonden = ongeldigeWaarde(item, `${pad}.${key}`);
      if (gevonden) return gevonden;
    }
  }
  return undefined;
}

/**
 * Refuse, before any resolver runs, an operation whose input (a string in the
 * query text or in its variables, at any depth) holds a character that no text
 * column can store (see `bevatOngeldigTeken`): BAD_USER_INPUT "'zoek' bevat een
 * ongeldig teken", HTTP 400, with `veld` naming the argument, input field or
 * variable path. Without it PostgreSQL's own refusal reached the client. One
 * check for every argument of every subgraph, present and future.
 */
export function useGeldigeTekens<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const veld = ongeldigeLiteral(document) ?? ongeldigeWaarde(request.variables ?? {}, "")?.slice(1);
          if (!veld) return;
          const fout = ongeldigTekenFout(veld);
          // Apollo answers an error thrown here with 500 unless it carries a status.
          throw new GraphQLError(fout.message, { extensions: { ...fout.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
