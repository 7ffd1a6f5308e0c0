import { readSubgraphConfig } from "@gezinsbeeld/gateway";
import { type Organisatie, type Principal, Rol, type SigningKey } from "@gezinsbeeld/shared-schema";
import { demoScenario, type DemoScenario } from "@gezinsbeeld/demo";
import { type DocumentNode, parse } from "graphql";
import type { Antwoord, Conformancerapport, Controle } from "./Controle";
import { leesGatewaySleutel, tokenmaker } from "./conformanceTokens";
import { controleerLekken } from "./lekControle";
import { controleerLimieten } from "./limietControles";
import { controleerClassificatie, controleerCompositie } from "./schemaControles";
import { beschrijf, gatewayHeaders, postJson } from "./subgraphVerzoek";
import { controleerToegang, controleerToegangslog, kiesProefveld, nieuwRequestId } from "./toegangControles";
import { controleerTokens } from "./tokenControles";

/** What {@link controleerSubgraph} checks, and with what. */
export interface ConformanceOpties {
  /** The running subgraph's GraphQL URL, e.g. `http://127.0.0.1:4004/graphql`. */
  url: string;
  /** The organisation that owns its data, as a code (`GI`, `veilig-thuis`, `VEILIG_THUIS`: case and dashes are free). */
  organisatie: string;
  /** Its name in the supergraph, its tokens' audience. Default: the name `subgraphs.json` gives the organisation, else the code in lower case with dashes. */
  subgraph?: string;
  /** The key that signs its tokens, as the gateway's would. Default: the development key set (`loadKeys()`, `GEZINSBEELD_KEYS_DIR`). */
  gatewayKey?: SigningKey;
  /** lokaal-team's GraphQL URL; the decision service runs on its origin. Default `http://127.0.0.1:4001/graphql`. */
  registerUrl?: string;
  /** The household to check access with. Default: one the decision service lets the organisation's own professional read. */
  gezinId?: string;
  /** The subgraph list whose other subgraphs it must compose with. Default `gateway/subgraphs.json`. */
  subgraphsFile?: string;
  /** Where the principals come from. Default the demo scenario (`demoScenario()`). */
  scenario?: DemoScenario;
}

/** `veilig-thuis` → `VEILIG_THUIS`. */
export function organisatieCode(tekst: string): string {
  return tekst.trim().toUpperCase().replace(/-/g, "_");
}

function overgeslagen(nummer: number, wat: string, waarom: string): Controle {
  return { nummer, wat, geslaagd: false, waarom: `not checked: ${waarom}`, herstel: "serve { _service { sdl } } to a valid gateway token (see check 3)" };
}

/**
 * Check a running subgraph against what the hub needs of a partner (issue 9,
 * item 6): it composes, classifies every field, serves only the gateway's
 * tokens for itself, follows the decision service, logs every access, holds
 * the query limits and leaks nothing in its refusals. Returns one
 * {@link Controle} per check, in order; it throws only when it cannot sign.
 */
export async function controleerSubgraph(opties: ConformanceOpties): Promise<Conformancerapport> {
  const organisatie = organisatieCode(opties.organisatie);
  const subgraph =
    opties.subgraph ?? readSubgraphConfig(opties.subgraphsFile).find((s) => s.organisatie === organisatie)?.name ?? organisatie.toLowerCase().replace(/_/g, "-");
  const scenario = opties.scenario ?? demoScenario();
  const tokens = await tokenmaker(opties.gatewayKey ?? (await leesGatewaySleutel()), subgraph, organisatie);
  const teamleider = scenario.medewerkers.find((m) => m.organisatie === organisatie && m.rol === Rol.TEAMLEIDER);
  const principal: Principal = teamleider
    ? { userId: teamleider.id, organisatie: teamleider.organisatie, rol: teamleider.rol }
    : { userId: "conformance-teamleider", organisatie: organisatie as Organisatie, rol: Rol.TEAMLEIDER };
  const plek = { subgraph, organisatie, url: opties.url, subgraphsFile: opties.subgraphsFile };

  const controles: Controle[] = [];
  const weigeringen: Antwoord[] = [];
  const requestId = nieuwRequestId();
  const service = await postJson(opties.url, { query: "query ConformanceSdl { _service { sdl } }" }, gatewayHeaders(await tokens.geldig(principal, requestId), requestId), "_service");
  const sdl = (service.body?.data as { _service?: { sdl?: unknown } } | undefined)?._service?.sdl;
  let document: DocumentNode | undefined;
  if (typeof sdl === "string") {
    try {
      document = parse(sdl);
    } catch {
      document = undefined;
    }
  }
  if (typeof sdl === "string" && document) {
    controles.push(controleerCompositie(sdl, plek), controleerClassificatie(sdl, plek));
  } else {
    const waarom = `{ _service { sdl } } answered ${beschrijf(service)}`;
    controles.push(
      overgeslagen(1, "its SDL composes with the checked-in supergraph's other subgraphs", waarom),
      overgeslagen(2, "every field carries a known data category (@gegevens)", waarom),
    );
  }

  const tokenproef = await controleerTokens(opties.url, principal, tokens);
  controles.push(tokenproef.controle);
  weigeringen.push(...tokenproef.antwoorden);

  const omgeving = { url: opties.url, subgraph, organisatie, registerUrl: opties.registerUrl ?? "http://127.0.0.1:4001/graphql", gezinId: opties.gezinId, scenario, tokens };
  if (document) {
    const toegang = await controleerToegang(omgeving, kiesProefveld(document));
    controles.push(toegang.controle, await controleerToegangslog(omgeving, toegang, document));
    weigeringen.push(...toegang.antwoorden);
  } else {
    controles.push(overgeslagen(4, "it follows the decision service", "its SDL could not be read"), overgeslagen(5, "each access appears in its log", "its SDL could not be read"));
  }

  const limieten = await controleerLimieten(opties.url, principal, tokens);
  controles.push(limieten.controle);
  weigeringen.push(...limieten.antwoorden);
  controles.push(controleerLekken(weigeringen));

  return { url: opties.url, organisatie, subgraph, controles, geslaagd: controles.every((c) => c.geslaagd) };
}
