/** Experts by experience (contacts counted, never content) and the household's notices. */
import { Veld } from "../components/Afgeschermd";
import { Cel, Rij, Tabel } from "../components/nlds";
import { regimeNaam } from "../lib/woorden";
import { collegaNamen } from "./GezinSecties";
import { SIGNAALSOORTEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, JaNee, Organisatie, Periode, Sectie, Tekst } from "./velden";

export function ErvaringsdeskundigenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-ervaringsdeskundigen" titel="Ervaringsdeskundigen">
      <Veld waarde={gezin.ervaringsdeskundigen} pad={["gezin", "ervaringsdeskundigen"]} leeg="Geen ervaringsdeskundige gekoppeld.">
        {(koppelingen) => (
          <Tabel bijschrift="Gekoppelde ervaringsdeskundigen en het aantal contacten (nooit de inhoud)" koppen={["Ervaringsdeskundige", "Periode", "Stand", "Contacten in totaal", "Contacten per periode"]}>
            {koppelingen.map((k, i) => {
              const pad = ["gezin", "ervaringsdeskundigen", i] as const;
              return (
                <Rij key={k.id ?? i}>
                  <Cel kop>
                    <Collega waarde={k.ervaringsdeskundige} pad={[...pad, "ervaringsdeskundige"]} />
                  </Cel>
                  <Cel>
                    <Periode van={k.vanaf} tot={k.tot} pad={pad} vanVeld="vanaf" totVeld="tot" />
                  </Cel>
                  <Cel>
                    <Code waarde={k.status} pad={[...pad, "status"]} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={k.totaalContacten} pad={[...pad, "totaalContacten"]} />
                  </Cel>
                  <Cel>
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
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}

export function GezinSignalenSectie({ gezin }: { gezin: GezinData }) {
  const namen = collegaNamen(gezin);
  return (
    <Sectie id="sectie-signalen" titel="Signalen over dit gezin">
      <Veld waarde={gezin.signalen} pad={["gezin", "signalen"]} leeg="Geen signalen voor uw organisatie over dit gezin.">
        {(signalen) => (
          <Tabel bijschrift="Signalen voor uw organisatie: wie raakte betrokken of vertrok, nieuwste eerst" koppen={["Datum", "Organisatie", "Wat er gebeurde", "Regime", "Aanspreekpunt", "Gelezen"]}>
            {signalen.map((s, i) => {
              const pad = ["gezin", "signalen", i] as const;
              return (
                <Rij key={s.id}>
                  <Cel kop>
                    <Datum waarde={s.datum} pad={[...pad, "datum"]} />
                  </Cel>
                  <Cel>
                    <Organisatie waarde={s.organisatie} pad={[...pad, "organisatie"]} />
                  </Cel>
                  <Cel>
                    <Code waarde={s.soort} pad={[...pad, "soort"]} tabel={SIGNAALSOORTEN} />
                  </Cel>
                  <Cel>
                    <Veld waarde={s.regime} pad={[...pad, "regime"]} leeg="—">
                      {regimeNaam}
                    </Veld>
                  </Cel>
                  <Cel>
                    <Veld waarde={s.contactpersoonId} pad={[...pad, "contactpersoonId"]}>
                      {(id) => namen.get(id) ?? id}
                    </Veld>
                  </Cel>
                  <Cel>
                    <JaNee waarde={s.gelezen} pad={[...pad, "gelezen"]} ja="gelezen" nee="ongelezen" />
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
    </Sectie>
  );
}
