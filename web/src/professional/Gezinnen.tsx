/**
 * "Mijn gezinnen": the households this professional may see, searched by
 * name, a page at a time. The hub pages with keyset cursors, so going back
 * means remembering the cursors that led here.
 */
import { type FormEvent, useState } from "react";
import { useQuery } from "urql";
import { MetFouten, Veld } from "../components/Afgeschermd";
import { Cel, Formulierveld, Knop, Knoppengroep, Kop, Koppeling, Melding, Rij, Tabel, Tekstvak } from "../components/nlds";
import { graphql } from "../gql";
import { Collega, Datum, Organisatie, Tekst } from "./velden";

const PAGINA = 20;

export const GezinnenDocument = graphql(`
  query Gezinnen($zoek: String, $after: String, $first: Int!) {
    gezinnen(first: $first, zoek: $zoek, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id naam aangemeldOp afgeslotenOp woonplaats regie { organisatie vanaf } vasteContactpersoon { id naam } }
    }
  }
`);

export function Gezinnen() {
  const [invoer, setInvoer] = useState("");
  const [zoek, setZoek] = useState<string | null>(null);
  // The `after` of every page before this one; the first page has none.
  const [vorigeCursors, setVorigeCursors] = useState<(string | null)[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [resultaat, opnieuw] = useQuery({ query: GezinnenDocument, variables: { zoek, after, first: PAGINA } });
  const pagina = resultaat.data?.gezinnen;
  const paginanummer = vorigeCursors.length + 1;

  const zoeken = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setZoek(invoer.trim() || null);
    setAfter(null);
    setVorigeCursors([]);
  };
  const volgende = (): void => {
    if (!pagina?.pageInfo.endCursor) return;
    setVorigeCursors([...vorigeCursors, after]);
    setAfter(pagina.pageInfo.endCursor);
  };
  const vorige = (): void => {
    setAfter(vorigeCursors.at(-1) ?? null);
    setVorigeCursors(vorigeCursors.slice(0, -1));
  };

  const aantal = pagina ? `${pagina.totalCount} ${pagina.totalCount === 1 ? "gezin" : "gezinnen"}` : "";
  return (
    <>
      <Kop niveau={1}>Mijn gezinnen</Kop>
      <form role="search" aria-label="Gezinnen zoeken" onSubmit={zoeken} className="gb-zoeken">
        <Formulierveld id="zoek-gezin" label="Zoek op naam van het gezin" beschrijving="Bijvoorbeeld ‘Jansen’. Laat leeg om alle gezinnen te zien.">
          <Tekstvak id="zoek-gezin" type="search" value={invoer} onChange={(e) => setInvoer(e.target.value)} aria-describedby="zoek-gezin-beschrijving" />
        </Formulierveld>
        <Knop type="submit" soort="primary-action">
          Zoeken
        </Knop>
      </form>

      <div role="status" aria-live="polite" className="gb-paginastatus">
        {resultaat.fetching ? "Gezinnen worden geladen…" : pagina ? `Pagina ${paginanummer}, ${aantal}${zoek ? ` gevonden voor ‘${zoek}’` : ""}` : ""}
      </div>

      {resultaat.error && !pagina ? (
        <Melding soort="error">
          De gezinnen konden niet worden geladen: {resultaat.error.graphQLErrors[0]?.message ?? "de hub is nu niet bereikbaar."}{" "}
          <Knop onClick={() => opnieuw({ requestPolicy: "network-only" })}>Opnieuw proberen</Knop>
        </Melding>
      ) : null}

      {pagina ? (
        <MetFouten fouten={resultaat.error?.graphQLErrors}>
          {pagina.nodes.length === 0 ? (
            <Melding>{zoek ? `Geen gezinnen gevonden voor ‘${zoek}’.` : "U heeft nu geen gezinnen."}</Melding>
          ) : (
            <Tabel bijschrift={`Gezinnen, pagina ${paginanummer} (${aantal} in totaal)`} koppen={["Gezin", "Aangemeld op", "Afgesloten op", "Woonplaats", "Regie bij", "Vaste contactpersoon"]}>
              {pagina.nodes.map((gezin, i) => {
                const pad = ["gezinnen", "nodes", i] as const;
                return (
                  <Rij key={gezin.id}>
                    <Cel kop>
                      {gezin.naam ? (
                        <Koppeling to={`/gezinnen/${encodeURIComponent(gezin.id)}`}>{gezin.naam}</Koppeling>
                      ) : (
                        <>
                          <Veld waarde={gezin.naam} pad={[...pad, "naam"]} />{" "}
                          <Koppeling to={`/gezinnen/${encodeURIComponent(gezin.id)}`}>
                            Gezinsbeeld openen<span className="gb-visueel-verborgen"> (gezin {(vorigeCursors.length * PAGINA + i + 1).toString()})</span>
                          </Koppeling>
                        </>
                      )}
                    </Cel>
                    <Cel>
                      <Datum waarde={gezin.aangemeldOp} pad={[...pad, "aangemeldOp"]} />
                    </Cel>
                    <Cel>
                      <Datum waarde={gezin.afgeslotenOp} pad={[...pad, "afgeslotenOp"]} leeg="Loopt" />
                    </Cel>
                    <Cel>
                      <Tekst waarde={gezin.woonplaats} pad={[...pad, "woonplaats"]} />
                    </Cel>
                    <Cel>
                      <Veld waarde={gezin.regie} pad={[...pad, "regie"]}>
                        {(regie) => (
                          <>
                            <Organisatie waarde={regie.organisatie} pad={[...pad, "regie", "organisatie"]} />, sinds <Datum waarde={regie.vanaf} pad={[...pad, "regie", "vanaf"]} />
                          </>
                        )}
                      </Veld>
                    </Cel>
                    <Cel>
                      <Collega waarde={gezin.vasteContactpersoon} pad={[...pad, "vasteContactpersoon"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
          <nav aria-label="Pagina's">
            <Knoppengroep>
              <Knop onClick={vorige} disabled={vorigeCursors.length === 0 || resultaat.fetching}>
                Vorige
              </Knop>
              <Knop onClick={volgende} disabled={!pagina.pageInfo.hasNextPage || resultaat.fetching}>
                Volgende
              </Knop>
            </Knoppengroep>
          </nav>
        </MetFouten>
      ) : null}
    </>
  );
}
