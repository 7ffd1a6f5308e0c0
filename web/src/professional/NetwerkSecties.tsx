/** Experts by experience (contacts counted, never content) and the household's notices. */
import { Veld } from "../components/Afgeschermd";
import { regimeNaam } from "../lib/woorden";
import { collegaNamen } from "./GezinSecties";
import { LijstTabel } from "./LijstTabel";
import { SIGNAALSOORTEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Periode, Sectie, Tekst } from "./velden";

export function ErvaringsdeskundigenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-ervaringsdeskundigen" titel="Ervaringsdeskundigen">
      <LijstTabel
        waarde={gezin.ervaringsdeskundigen}
        pad={["gezin", "ervaringsdeskundigen"]}
        leeg="Geen ervaringsdeskundige gekoppeld."
        bijschrift="Gekoppelde ervaringsdeskundigen en het aantal contacten (nooit de inhoud)"
        kolommen={[
          { kop: "Ervaringsdeskundige", collega: "ervaringsdeskundige" },
          { kop: "Periode", periode: ["vanaf", "tot"] },
          { kop: "Stand", code: "status" },
          { kop: "Contacten in totaal", tekst: "totaalContacten" },
          {
            kop: "Contacten per periode",
            cel: (k, pad) => (
              <Veld waarde={k.contactregistraties} pad={[...pad, "contactregistraties"]} leeg="Nog geen contacten geregistreerd">
                {(registraties) => (
                  <ul className="utrecht-unordered-list">
                    {registraties.map((r, j) => {
                      const rp = [...pad, "contactregistraties", j] as const;
                      return (
                        <li key={r.id ?? j} className="utrecht-unordered-list__item">
                          <Periode van={r.periodeVan} tot={r.periodeTot} pad={rp} vanVeld="periodeVan" totVeld="periodeTot" />: <Tekst waarde={r.aantalContacten} pad={[...rp, "aantalContacten"]} />{" "}
                          contacten
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Veld>
            ),
          },
        ]}
      />
    </Sectie>
  );
}

export function GezinSignalenSectie({ gezin }: { gezin: GezinData }) {
  const namen = collegaNamen(gezin);
  return (
    <Sectie id="sectie-signalen" titel="Signalen over dit gezin">
      <LijstTabel
        waarde={gezin.signalen}
        pad={["gezin", "signalen"]}
        leeg="Geen signalen voor uw organisatie over dit gezin."
        bijschrift="Signalen voor uw organisatie: wie raakte betrokken of vertrok, nieuwste eerst"
        kolommen={[
          { kop: "Datum", datum: "datum" },
          { kop: "Organisatie", organisatie: "organisatie" },
          { kop: "Wat er gebeurde", code: "soort", tabel: SIGNAALSOORTEN },
          {
            kop: "Regime",
            cel: (s, pad) => (
              <Veld waarde={s.regime} pad={[...pad, "regime"]} leeg="—">
                {regimeNaam}
              </Veld>
            ),
          },
          {
            kop: "Aanspreekpunt",
            cel: (s, pad) => (
              <Veld waarde={s.contactpersoonId} pad={[...pad, "contactpersoonId"]}>
                {(id) => namen.get(id) ?? id}
              </Veld>
            ),
          },
          { kop: "Gelezen", jaNee: "gelezen", ja: "gelezen", nee: "ongelezen" },
        ]}
      />
    </Sectie>
  );
}
