/**
 * Signals for the professional's organisation: another organisation became
 * involved with one of their households, or left. Who and since when, never
 * why. Read marks are per person.
 */
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { MetFouten, Veld } from "../components/Afgeschermd";
import { Cel, Knop, Kop, Koppeling, Melding, Rij, Tabel } from "../components/nlds";
import { datum, organisatieKort, regimeNaam } from "../lib/woorden";
import { SIGNAALSOORTEN } from "./dossierwoorden";
import { MarkeerSignaalGelezenDocument, SignalenDocument } from "./signalenQuery";
import { Code, Datum, Organisatie } from "./velden";

export function Signalen() {
  const [alleenOngelezen, setAlleenOngelezen] = useState(false);
  const [resultaat, opnieuw] = useQuery({ query: SignalenDocument, variables: { alleenOngelezen } });
  const [markering, markeer] = useMutation(MarkeerSignaalGelezenDocument);
  const [bericht, setBericht] = useState<{ soort: "ok" | "error"; tekst: string } | null>(null);
  const data = resultaat.data;
  const namen = new Map((data?.gezinnen.nodes ?? []).map((g) => [g.id, g.naam] as const));

  const markeerGelezen = async (signaalId: string, wat: string): Promise<void> => {
    setBericht(null);
    const antwoord = await markeer({ signaalId });
    if (antwoord.error) {
      setBericht({ soort: "error", tekst: `Het signaal kon niet als gelezen worden gemarkeerd: ${antwoord.error.graphQLErrors[0]?.message ?? "de hub is nu niet bereikbaar."}` });
      return;
    }
    setBericht({ soort: "ok", tekst: `Gemarkeerd als gelezen: ${wat}.` });
    opnieuw({ requestPolicy: "network-only" });
  };

  const ongelezen = data?.signalen.filter((s) => !s.gelezen).length ?? 0;
  return (
    <>
      <Kop niveau={1}>Signalen</Kop>
      <div className="utrecht-form-field utrecht-form-field--checkbox gb-filter">
        <input
          id="alleen-ongelezen"
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={alleenOngelezen}
          onChange={(e) => setAlleenOngelezen(e.target.checked)}
        />{" "}
        <label htmlFor="alleen-ongelezen" className="utrecht-form-label utrecht-form-label--checkbox">
          Alleen ongelezen signalen tonen
        </label>
      </div>
      <div role="status" aria-live="polite">
        {resultaat.fetching ? "Signalen worden geladen…" : data ? `${data.signalen.length} ${data.signalen.length === 1 ? "signaal" : "signalen"}, waarvan ${ongelezen} ongelezen` : ""}
        {bericht?.soort === "ok" ? ` ${bericht.tekst}` : ""}
      </div>
      {bericht?.soort === "error" ? <Melding soort="error">{bericht.tekst}</Melding> : null}
      {resultaat.error && !data ? (
        <Melding soort="error">
          De signalen konden niet worden geladen: {resultaat.error.graphQLErrors[0]?.message ?? "de hub is nu niet bereikbaar."}{" "}
          <Knop onClick={() => opnieuw({ requestPolicy: "network-only" })}>Opnieuw proberen</Knop>
        </Melding>
      ) : null}
      {data ? (
        <MetFouten fouten={resultaat.error?.graphQLErrors}>
          {data.signalen.length === 0 ? (
            <Melding>{alleenOngelezen ? "U heeft geen ongelezen signalen." : "Er zijn geen signalen voor u."}</Melding>
          ) : (
            <Tabel bijschrift={alleenOngelezen ? "Ongelezen signalen, nieuwste eerst" : "Signalen: ongelezen eerst, daarna nieuwste eerst"} koppen={["Gezin", "Wat er gebeurde", "Datum", "Regime", "Gelezen", "Actie"]}>
              {data.signalen.map((signaal, i) => {
                const pad = ["signalen", i] as const;
                const naam = namen.get(signaal.gezinId);
                const wat = `${naam ?? "gezin"}: ${organisatieKort(signaal.organisatie)} ${SIGNAALSOORTEN[signaal.soort] ?? signaal.soort} op ${datum(signaal.datum)}`;
                return (
                  <Rij key={signaal.id}>
                    <Cel kop>
                      <Koppeling to={`/gezinnen/${encodeURIComponent(signaal.gezinId)}`}>{naam ?? "Gezinsbeeld openen"}</Koppeling>
                      {naam ? null : (
                        <>
                          {" "}
                          <Veld waarde={naam} pad={["gezinnen", "nodes", data.gezinnen.nodes.findIndex((g) => g.id === signaal.gezinId), "naam"]} leeg="naam niet bekend" />
                        </>
                      )}
                    </Cel>
                    <Cel>
                      <Organisatie waarde={signaal.organisatie} pad={[...pad, "organisatie"]} /> <Code waarde={signaal.soort} pad={[...pad, "soort"]} tabel={SIGNAALSOORTEN} />
                    </Cel>
                    <Cel>
                      <Datum waarde={signaal.datum} pad={[...pad, "datum"]} />
                    </Cel>
                    <Cel>
                      <Veld waarde={signaal.regime} pad={[...pad, "regime"]} leeg="—">
                        {regimeNaam}
                      </Veld>
                    </Cel>
                    <Cel>{signaal.gelezen ? "Gelezen" : <strong>Ongelezen</strong>}</Cel>
                    <Cel>
                      {signaal.gelezen ? (
                        "—"
                      ) : (
                        <Knop onClick={() => void markeerGelezen(signaal.id, wat)} disabled={markering.fetching} aria-label={`Markeer als gelezen: ${wat}`}>
                          Markeer als gelezen
                        </Knop>
                      )}
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </MetFouten>
      ) : null}
    </>
  );
}
