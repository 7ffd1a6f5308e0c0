import path from "node:path";
import { parseArgs } from "node:util";
import { controleerSubgraph, formatRapport, leesGatewaySleutel } from "./conformance/index";

const USAGE = `npm run conformance -- --url <subgraph url> --org <organisation> [options]

Checks a running subgraph against what the hub needs of a partner; one line per check, exit 1 on any failure.

  --url <url>            the subgraph's GraphQL URL (required), e.g. http://127.0.0.1:4004/graphql
  --org <code>           the organisation that owns its data (required), e.g. GI, veilig-thuis
  --name <name>          its name in the supergraph, its tokens' audience (default: from gateway/subgraphs.json, else the code)
  --register <url>       lokaal-team's GraphQL URL; the decision service runs on its origin (default http://127.0.0.1:4001/graphql)
  --gezin <id>           the household to check access with (default: one the decision service lets your own professional read)
  --gateway-key <file>   a private JWK or PKCS#8 PEM that signs the tokens (default: the development key set, GEZINSBEELD_KEYS_DIR)
  --subgraphs <file>     the subgraph list to compose with (default gateway/subgraphs.json)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
      register: { type: "string" },
      gezin: { type: "string" },
      "gateway-key": { type: "string" },
      subgraphs: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.url || !values.org) {
    console.error(`--url and --org are required\n\n${USAGE}`);
    return 2;
  }
  const rapport = await controleerSubgraph({
    url: values.url,
    organisatie: values.org,
    ...(values.name ? { subgraph: values.name } : {}),
    ...(values.register ? { registerUrl: values.register } : {}),
    ...(values.gezin ? { gezinId: values.gezin } : {}),
    ...(values.subgraphs ? { subgraphsFile: path.resolve(values.subgraphs) } : {}),
    gatewayKey: await leesGatewaySleutel(values["gateway-key"]),
  });
  console.log(formatRapport(rapport));
  return rapport.geslaagd ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`npm run conformance: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
