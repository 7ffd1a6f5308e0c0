/** Veilig Thuis: reports, safety assessments, the confidential doctor's advice and advice to the local team. */
import { Veld } from "../components/Afgeschermd";
import { Cel, Rij, Tabel } from "../components/nlds";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, JaNee, Sectie, Tekst } from "./velden";

type Melder = NonNullable<NonNullable<GezinData["meldingen"]>[number]["melder"]>;

export function MeldingenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-meldingen" titel="Meldingen (Veilig Thuis)">
      <Veld waarde={gezin.meldingen} pad={["gezin", "meldingen"]} leeg="Geen meldingen bij Veilig Thuis.">
        {(meldingen) => (
          <Tabel bijschrift="Meldingen, oudste eerst" koppen={["Datum", "Aard", "Omschrijving", "Stand", "Afgesloten op", "Melder"]}>
            {meldingen.map((melding, i) => {
              const pad = ["gezin", "meldingen", i] as const;
              return (
                <Rij key={melding.id ?? i}>
                  <Cel kop>
                    <Datum waarde={melding.datum} pad={[...pad, "datum"]} />
                  </Cel>
                  <Cel>
                    <Code waarde={melding.aard} pad={[...pad, "aard"]} />
                  </Cel>
                  <Cel>
                    <Tekst waarde={melding.omschrijving} pad={[...pad, "omschrijving"]} />
                  </Cel>
                  <Cel>
                    <Code waarde={melding.status} pad={[...pad, "status"]} />
                  </Cel>
                  <Cel>
                    <Datum waarde={melding.afgeslotenOp} pad={[...pad, "afgeslotenOp"]} leeg="Loopt nog" />
                  </Cel>
                  <Cel>
                    <JaNee waarde={melding.anoniem} pad={[...pad, "anoniem"]} ja="Anoniem: ook voor Veilig Thuis onbekend" nee="Bekend bij Veilig Thuis" />
                    <br />
                    <Veld waarde={melding.melder} pad={[...pad, "melder"]} leeg="Geen melder vastgelegd">
                      {(melder) => <MelderGegevens melder={melder} pad={[...pad, "melder"]} />}
                    </Veld>
                  </Cel>
                </Rij>
              );
            })}
          </Tabel>
        )}
      </Veld>
      <Deel id="deel-veiligheidstaxaties" titel="Veiligheidstaxaties">
        <Veld waarde={gezin.veiligheidstaxaties} pad={["gezin", "veiligheidstaxaties"]} leeg="Geen veiligheidstaxaties.">
          {(taxaties) => (
            <Tabel bijschrift="Veiligheidstaxaties na een melding" koppen={["Datum", "Directe veiligheid", "Stabiele veiligheid", "Toelichting"]}>
              {taxaties.map((t, i) => {
                const pad = ["gezin", "veiligheidstaxaties", i] as const;
                return (
                  <Rij key={t.id ?? i}>
                    <Cel kop>
                      <Datum waarde={t.datum} pad={[...pad, "datum"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={t.directeVeiligheid} pad={[...pad, "directeVeiligheid"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={t.stabieleVeiligheid} pad={[...pad, "stabieleVeiligheid"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={t.toelichting} pad={[...pad, "toelichting"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-vertrouwensarts" titel="Adviezen van de vertrouwensarts">
        <Veld waarde={gezin.vertrouwensartsAdviezen} pad={["gezin", "vertrouwensartsAdviezen"]} leeg="Geen adviezen van de vertrouwensarts.">
          {(adviezen) => (
            <Tabel bijschrift="Adviezen van de vertrouwensarts (medisch)" koppen={["Datum", "Advies", "Vertrouwensarts"]}>
              {adviezen.map((a, i) => {
                const pad = ["gezin", "vertrouwensartsAdviezen", i] as const;
                return (
                  <Rij key={a.id ?? i}>
                    <Cel kop>
                      <Datum waarde={a.datum} pad={[...pad, "datum"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={a.advies} pad={[...pad, "advies"]} />
                    </Cel>
                    <Cel>
                      <Collega waarde={a.vertrouwensarts} pad={[...pad, "vertrouwensarts"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-adviezen" titel="Advies en consult aan het lokale team">
        <Veld waarde={gezin.adviezen} pad={["gezin", "adviezen"]} leeg="Geen adviezen of consulten.">
          {(adviezen) => (
            <Tabel bijschrift="Adviezen en consulten van Veilig Thuis" koppen={["Datum", "Vraag", "Advies", "Adviseur", "Anoniem"]}>
              {adviezen.map((a, i) => {
                const pad = ["gezin", "adviezen", i] as const;
                return (
                  <Rij key={a.id ?? i}>
                    <Cel kop>
                      <Datum waarde={a.datum} pad={[...pad, "datum"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={a.vraag} pad={[...pad, "vraag"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={a.advies} pad={[...pad, "advies"]} />
                    </Cel>
                    <Cel>
                      <Collega waarde={a.adviseur} pad={[...pad, "adviseur"]} />
                    </Cel>
                    <Cel>
                      <JaNee waarde={a.anoniem} pad={[...pad, "anoniem"]} />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
    </Sectie>
  );
}

function MelderGegevens({ melder, pad }: { melder: Melder; pad: readonly (string | number)[] }) {
  return (
    <>
      <Tekst waarde={melder.naam} pad={[...pad, "naam"]} leeg="naam niet vastgelegd" />; relatie: <Code waarde={melder.relatie} pad={[...pad, "relatie"]} />; functie:{" "}
      <Tekst waarde={melder.functie} pad={[...pad, "functie"]} leeg="geen" />; telefoon: <Tekst waarde={melder.telefoon} pad={[...pad, "telefoon"]} leeg="geen" />; beroepsmatig
      (Meldcode): <JaNee waarde={melder.beroepsmatig} pad={[...pad, "beroepsmatig"]} />
    </>
  );
}
