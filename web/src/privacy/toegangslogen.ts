/**
 * The access logs of all five organisations, read as one: each organisation
 * keeps its own (NEN 7513, hash-chained) log, and both the household's view
 * and the privacy officer's console show them merged, newest first, paged.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { graphql } from "../gql";
import type { ToegangslogFilter, ToegangslogenQuery, ToegangslogenQueryVariables } from "../gql/graphql";

/** The organisations whose log the hub composes, with the alias each has in the query below. */
export const LOGS = [
  { organisatie: "LOKAAL_TEAM", alias: "lokaalTeam" },
  { organisatie: "VEILIG_THUIS", alias: "veiligThuis" },
  { organisatie: "RVDK", alias: "rvdk" },
  { organisatie: "GI", alias: "gi" },
  { organisatie: "ERVARINGSDESKUNDIGEN", alias: "ervaringsdeskundigen" },
] as const;

export type LogAlias = (typeof LOGS)[number]["alias"];

export const ToegangslogenDocument = graphql(`
  query Toegangslogen(
    $filter: ToegangslogFilter
    $first: Int!
    $metGebruiker: Boolean!
    $lokaalTeam: Boolean!
    $lokaalTeamNa: String
    $veiligThuis: Boolean!
    $veiligThuisNa: String
    $rvdk: Boolean!
    $rvdkNa: String
    $gi: Boolean!
    $giNa: String
    $ervaringsdeskundigen: Boolean!
    $ervaringsdeskundigenNa: String
  ) {
    lokaalTeam: toegangslogLokaalTeam(filter: $filter, first: $first, after: $lokaalTeamNa) @include(if: $lokaalTeam) {
      ...ToegangslogPaginaVelden
    }
    veiligThuis: toegangslogVeiligThuis(filter: $filter, first: $first, after: $veiligThuisNa) @include(if: $veiligThuis) {
      ...ToegangslogPaginaVelden
    }
    rvdk: toegangslogRvdk(filter: $filter, first: $first, after: $rvdkNa) @include(if: $rvdk) {
      ...ToegangslogPaginaVelden
    }
    gi: toegangslogGi(filter: $filter, first: $first, after: $giNa) @include(if: $gi) {
      ...ToegangslogPaginaVelden
    }
    ervaringsdeskundigen: toegangslogErvaringsdeskundigen(filter: $filter, first: $first, after: $ervaringsdeskundigenNa) @include(if: $ervaringsdeskundigen) {
      ...ToegangslogPaginaVelden
    }
  }

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
      categorie
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

type Pagina = NonNullable<ToegangslogenQuery["lokaalTeam"]>;
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
  /** Which organisations' logs to read (codes as in {@link LOGS}). */
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
      const variabelen: ToegangslogenQueryVariables = {
        filter: opties.filter,
        first: opties.perPagina ?? 25,
        metGebruiker: opties.metGebruiker,
        lokaalTeam: false,
        veiligThuis: false,
        rvdk: false,
        gi: false,
        ervaringsdeskundigen: false,
      };
      const grens = vorige ? samengevoegd(vorige).at(-1)?.tijdstip : undefined;
      for (const { organisatie, alias } of LOGS) {
        if (!opties.organisaties.includes(organisatie)) continue;
        const stand = vorige?.get(alias);
        // A next page only of the logs that limit the merged list; the others have enough loaded.
        if (vorige && (!stand?.meer || (grens !== undefined && (stand.regels.at(-1)?.tijdstip ?? "") < grens))) continue;
        variabelen[alias] = true;
        variabelen[`${alias}Na`] = stand?.na ?? null;
      }
      const resultaat = await client.query(ToegangslogenDocument, variabelen, { requestPolicy: "network-only" }).toPromise();
      if (huidig.current !== vraag) return; // the filter changed meanwhile
      const nieuw = new Map(vorige ?? []);
      for (const { organisatie, alias } of LOGS) {
        if (!variabelen[alias]) continue;
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
