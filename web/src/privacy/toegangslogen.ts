/**
 * The access logs of every organisation of the register, read as one: each
 * organisation keeps its own (NEN 7513, hash-chained) log, and both the
 * household's view and the privacy officer's console show them merged, newest
 * first, paged. Which logs there are follows the organisation register the
 * gateway publishes (`/organisaties.json`), so a partner that joined after this
 * app was built is read too.
 */
import { print } from "@0no-co/graphql.web";
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { graphql } from "../gql";
import type { Toegangsbeslissing, ToegangslogPaginaVeldenFragment } from "../gql/graphql";
import { organisatieCodes } from "../lib/woorden";

/** The supergraph's `ToegangslogFilter` input (the query is made at run time, so codegen does not see it). */
export interface ToegangslogFilter {
  gezinId?: string | null;
  persoonId?: string | null;
  gebruiker?: string | null;
  organisatie?: string | null;
  van?: string | null;
  tot?: string | null;
  beslissing?: Toegangsbeslissing | null;
  alleenNoodtoegang?: boolean | null;
  alleenProfessionals?: boolean | null;
}

/** One organisation's log: its code, the alias it has in the query, and its root field (`toegangslog<Org>`). */
export interface Log {
  organisatie: string;
  alias: string;
  veld: string;
}

const woorden = (code: string): string[] => code.toLowerCase().split("_").map((deel) => deel.charAt(0).toUpperCase() + deel.slice(1));

/** The log of `code`: the root field the kit (and every partner) serves it under, as the hub names it. */
export function logVan(code: string): Log {
  const delen = woorden(code);
  const alias = delen.join("").charAt(0).toLowerCase() + delen.join("").slice(1);
  return { organisatie: code, alias, veld: `toegangslog${delen.join("")}` };
}

/** The logs of every organisation of the register (or of the hub's own five before it is read). */
export function logs(): readonly Log[] {
  return organisatieCodes().map(logVan);
}

const ToegangslogPaginaVelden = graphql(`
  fragment ToegangslogPaginaVelden on ToegangslogPagina {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      volgnummer
      tijdstip
      handeling
      gebruiker @include(if: $metGebruiker)
      organisatie
      rol
      gezinId
      persoonId
      categorieen
      veldpaden
      beslissing
      reden
      grondslag
      bron
      noodprocedure
      doel
      operatie
    }
  }
`);

/** One query for the pages asked of `gevraagd` logs, each under its alias, with its own cursor. */
function toegangslogenQuery(gevraagd: readonly Log[]): string {
  const variabelen = gevraagd.map(({ alias }) => `$${alias}Na: String`).join(" ");
  const velden = gevraagd.map(({ alias, veld }) => `${alias}: ${veld}(filter: $filter, first: $first, after: $${alias}Na) { ...ToegangslogPaginaVelden }`).join("\n  ");
  return `query Toegangslogen($filter: ToegangslogFilter, $first: Int!, $metGebruiker: Boolean! ${variabelen}) {\n  ${velden}\n}\n${print(ToegangslogPaginaVelden)}`;
}

type Pagina = ToegangslogPaginaVeldenFragment;
export type Logregel = Pagina["nodes"][number] & { log: string };

interface LogStand {
  regels: Logregel[];
  na: string | null;
  meer: boolean;
  totaal: number;
}

/** The part of the merged list that is complete: no log still holding back an entry newer than its oldest loaded one. */
export function samengevoegd(standen: ReadonlyMap<string, LogStand>): Logregel[] {
  let grens = "";
  for (const stand of standen.values()) {
    const oudste = stand.regels.at(-1)?.tijdstip;
    if (stand.meer && oudste && oudste > grens) grens = oudste;
  }
  return [...standen.values()]
    .flatMap((stand) => stand.regels)
    .filter((regel) => regel.tijdstip >= grens)
    .sort((a, b) => (a.tijdstip === b.tijdstip ? (a.log === b.log ? Number(b.volgnummer) - Number(a.volgnummer) : a.log.localeCompare(b.log)) : a.tijdstip < b.tijdstip ? 1 : -1));
}

/** Options of {@link useToegangslogen}. */
export interface ToegangslogOpties {
  filter: ToegangslogFilter;
  /** Which organisations' logs to read (codes of the register, see {@link logs}). */
  organisaties: readonly string[];
  /** Ask for the user id (a privacy officer may; a household member sees organisation and role only). */
  metGebruiker: boolean;
  /** Entries asked of each log per page. Default 25. */
  perPagina?: number;
}

/**
 * The merged log for `opties`, newest first, with `laadMeer` for the next
 * page. Errors of one organisation's log are kept with their GraphQL errors
 * (a withheld field is shown as withheld; a log that did not answer says so).
 */
export function useToegangslogen(opties: ToegangslogOpties) {
  const client = useClient();
  const [standen, setStanden] = useState<Map<string, LogStand>>(new Map());
  const [fouten, setFouten] = useState<{ message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[]>([]);
  const [bezig, setBezig] = useState(false);
  const sleutel = JSON.stringify([opties.filter, opties.organisaties, opties.metGebruiker]);
  const huidig = useRef(sleutel);

  const haal = useCallback(
    async (vorige: Map<string, LogStand> | null): Promise<void> => {
      const vraag = sleutel;
      setBezig(true);
      const variabelen: Record<string, unknown> = { filter: opties.filter, first: opties.perPagina ?? 25, metGebruiker: opties.metGebruiker };
      const grens = vorige ? samengevoegd(vorige).at(-1)?.tijdstip : undefined;
      const gevraagd: Log[] = [];
      for (const log of logs()) {
        if (!opties.organisaties.includes(log.organisatie)) continue;
        const stand = vorige?.get(log.alias);
        // A next page only of the logs that limit the merged list; the others have enough loaded.
        if (vorige && (!stand?.meer || (grens !== undefined && (stand.regels.at(-1)?.tijdstip ?? "") < grens))) continue;
        gevraagd.push(log);
        variabelen[`${log.alias}Na`] = stand?.na ?? null;
      }
      const resultaat = gevraagd.length
        ? await client.query<Record<string, Pagina | null>>(toegangslogenQuery(gevraagd), variabelen, { requestPolicy: "network-only" }).toPromise()
        : { data: {} as Record<string, Pagina | null>, error: undefined };
      if (huidig.current !== vraag) return; // the filter changed meanwhile
      const nieuw = new Map(vorige ?? []);
      for (const { organisatie, alias } of gevraagd) {
        const pagina = resultaat.data?.[alias];
        const oud = nieuw.get(alias);
        if (!pagina) {
          nieuw.set(alias, { regels: oud?.regels ?? [], na: oud?.na ?? null, meer: false, totaal: oud?.totaal ?? 0 });
          continue;
        }
        nieuw.set(alias, {
          regels: [...(oud?.regels ?? []), ...pagina.nodes.map((regel) => ({ ...regel, log: organisatie }))],
          na: pagina.pageInfo.endCursor ?? null,
          meer: pagina.pageInfo.hasNextPage,
          totaal: pagina.totalCount,
        });
      }
      setStanden(nieuw);
      setFouten([...(vorige ? fouten : []), ...(resultaat.error?.graphQLErrors ?? []).map((e) => ({ message: e.message, ...(e.path ? { path: e.path } : {}), ...(e.extensions ? { extensions: e.extensions } : {}) }))]);
      if (resultaat.error?.networkError && !resultaat.error.graphQLErrors.length) setFouten((f) => [...f, { message: "De toegangslogs konden nu niet worden opgehaald. Probeer het zo opnieuw." }]);
      setBezig(false);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, sleutel],
  );

  useEffect(() => {
    huidig.current = sleutel;
    setStanden(new Map());
    setFouten([]);
    void haal(null);
  }, [sleutel, haal]);

  const regels = samengevoegd(standen);
  const totaal = [...standen.values()].reduce((som, stand) => som + stand.totaal, 0);
  const meer = [...standen.values()].some((stand) => stand.meer);
  return { regels, totaal, meer, bezig, fouten, laadMeer: () => void haal(standen), opnieuw: () => void haal(null) };
}

/** NEN 7513 events in words. */
export const HANDELINGEN: Readonly<Record<string, string>> = {
  READ: "bekeken",
  SEARCH: "gezocht",
  CREATE: "vastgelegd",
  UPDATE: "gewijzigd",
  END: "beëindigd",
  DELETE: "verwijderd",
  EXPORT: "geëxporteerd",
  DECIDE: "toegang beslist",
};

/** The hub's bases (grondslag) in plain words. */
export const GRONDSLAGEN: Readonly<Record<string, string>> = {
  INWONER: "het eigen dossier van het gezin",
  EIGEN_GEGEVENS: "eigen gegevens van de organisatie, die bij het gezin betrokken is",
  TOESTEMMING: "toestemming van het gezin",
  WETTELIJKE_TAAK: "een wettelijke taak",
  ANONIEM_CONSULT: "anoniem advies, zonder wie het gezin is",
  TANDEM: "samenwerking van lokaal team en jeugdbescherming",
  NOODTOEGANG: "noodtoegang bij een levensbedreigende situatie",
  GEEN_PERSOONSGEGEVENS: "geen persoonsgegevens",
};
