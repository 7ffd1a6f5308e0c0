/** Veilig Thuis: reports, safety assessments, the confidential doctor's advice and advice to the local team. */
import { Veld } from "../components/Afgeschermd";
import type { Pad } from "../lib/afscherming";
import { LijstTabel } from "./LijstTabel";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Deel, JaNee, Sectie, Tekst } from "./velden";

type Melder = NonNullable<NonNullable<GezinData["meldingen"]>[number]["melder"]>;

export function MeldingenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-meldingen" titel="Meldingen (Veilig Thuis)">
      <LijstTabel
        waarde={gezin.meldingen}
        pad={["gezin", "meldingen"]}
        leeg="Geen meldingen bij Veilig Thuis."
        bijschrift="Meldingen, oudste eerst"
        kolommen={[
          { kop: "Datum", datum: "datum" },
          { kop: "Aard", code: "aard" },
          { kop: "Omschrijving", tekst: "omschrijving" },
          { kop: "Stand", code: "status" },
          { kop: "Afgesloten op", datum: "afgeslotenOp", leeg: "Loopt nog" },
          {
            kop: "Melder",
            cel: (melding, pad) => (
              <>
                <JaNee waarde={melding.anoniem} pad={[...pad, "anoniem"]} ja="Anoniem: ook voor Veilig Thuis onbekend" nee="Bekend bij Veilig Thuis" />
                <br />
                <Veld waarde={melding.melder} pad={[...pad, "melder"]} leeg="Geen melder vastgelegd">
                  {(melder) => <MelderGegevens melder={melder} pad={[...pad, "melder"]} />}
                </Veld>
              </>
            ),
          },
        ]}
      />
      <Deel id="deel-veiligheidstaxaties" titel="Veiligheidstaxaties">
        <LijstTabel
          waarde={gezin.veiligheidstaxaties}
          pad={["gezin", "veiligheidstaxaties"]}
          leeg="Geen veiligheidstaxaties."
          bijschrift="Veiligheidstaxaties na een melding"
          kolommen={[
            { kop: "Datum", datum: "datum" },
            { kop: "Directe veiligheid", code: "directeVeiligheid" },
            { kop: "Stabiele veiligheid", code: "stabieleVeiligheid" },
            { kop: "Toelichting", tekst: "toelichting" },
          ]}
        />
      </Deel>
      <Deel id="deel-vertrouwensarts" titel="Adviezen van de vertrouwensarts">
        <LijstTabel
          waarde={gezin.vertrouwensartsAdviezen}
          pad={["gezin", "vertrouwensartsAdviezen"]}
          leeg="Geen adviezen van de vertrouwensarts."
          bijschrift="Adviezen van de vertrouwensarts (medisch)"
          kolommen={[
            { kop: "Datum", datum: "datum" },
            { kop: "Advies", tekst: "advies" },
            { kop: "Vertrouwensarts", collega: "vertrouwensarts" },
          ]}
        />
      </Deel>
      <Deel id="deel-adviezen" titel="Advies en consult aan het lokale team">
        <LijstTabel
          waarde={gezin.adviezen}
          pad={["gezin", "adviezen"]}
          leeg="Geen adviezen of consulten."
          bijschrift="Adviezen en consulten van Veilig Thuis"
          kolommen={[
            { kop: "Datum", datum: "datum" },
            { kop: "Vraag", tekst: "vraag" },
            { kop: "Advies", tekst: "advies" },
            { kop: "Adviseur", collega: "adviseur" },
            { kop: "Anoniem", jaNee: "anoniem" },
          ]}
        />
      </Deel>
    </Sectie>
  );
}

function MelderGegevens({ melder, pad }: { melder: Melder; pad: Pad }) {
  return (
    <>
      <Tekst waarde={melder.naam} pad={[...pad, "naam"]} leeg="naam niet vastgelegd" />; relatie: <Code waarde={melder.relatie} pad={[...pad, "relatie"]} />; functie:{" "}
      <Tekst waarde={melder.functie} pad={[...pad, "functie"]} leeg="geen" />; telefoon: <Tekst waarde={melder.telefoon} pad={[...pad, "telefoon"]} leeg="geen" />; beroepsmatig
      (Meldcode): <JaNee waarde={melder.beroepsmatig} pad={[...pad, "beroepsmatig"]} />
    </>
  );
}
