/** Investigations: Veilig Thuis's own, the Raad's requests and protection investigations, and petitions to the court. */
import { Veld } from "../components/Afgeschermd";
import { LijstTabel } from "./LijstTabel";
import { MAATREGELEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Datum, Deel, Persoonsnaam, Sectie, Tekst } from "./velden";

export function OnderzoekenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-onderzoeken" titel="Onderzoeken">
      <Deel id="deel-vt-onderzoeken" titel="Onderzoeken van Veilig Thuis">
        <LijstTabel
          waarde={gezin.onderzoeken}
          pad={["gezin", "onderzoeken"]}
          leeg="Geen onderzoeken van Veilig Thuis."
          bijschrift="Onderzoeken van Veilig Thuis, oudste eerst"
          kolommen={[
            { kop: "Gestart", datum: "startdatum" },
            { kop: "Afgerond", datum: "einddatum", leeg: "Loopt nog" },
            { kop: "Stand", code: "status" },
            { kop: "Onderzoeker", collega: "onderzoeker" },
            { kop: "Conclusie", tekst: "conclusie", leeg: "Nog geen conclusie" },
            { kop: "Vervolg", code: "vervolg", leeg: "Nog geen vervolg" },
          ]}
        />
      </Deel>
      <Deel id="deel-verzoeken" titel="Verzoeken tot onderzoek aan de Raad">
        <LijstTabel
          waarde={gezin.verzoekenTotOnderzoek}
          pad={["gezin", "verzoekenTotOnderzoek"]}
          leeg="Geen verzoeken tot onderzoek."
          bijschrift="Verzoeken tot onderzoek, oudste eerst"
          kolommen={[
            { kop: "Ontvangen", datum: "ontvangenOp" },
            { kop: "Verzoeker", organisatie: "verzoeker" },
            { kop: "Reden", tekst: "reden" },
            { kop: "Stand", code: "status" },
            {
              kop: "Beoordeeld",
              cel: (v, pad) => (
                <>
                  <Datum waarde={v.beoordeeldOp} pad={[...pad, "beoordeeldOp"]} leeg="Nog niet beoordeeld" />
                  {v.beoordeeldOp ? (
                    <>
                      {": "}
                      <Tekst waarde={v.beoordelingToelichting} pad={[...pad, "beoordelingToelichting"]} leeg="geen toelichting" />
                    </>
                  ) : null}
                </>
              ),
            },
            { kop: "Gezin geïnformeerd", datum: "gezinGeinformeerdOp", leeg: "Nog niet geïnformeerd" },
          ]}
        />
      </Deel>
      <Deel id="deel-beschermingsonderzoeken" titel="Beschermingsonderzoeken van de Raad">
        <LijstTabel
          waarde={gezin.beschermingsonderzoeken}
          pad={["gezin", "beschermingsonderzoeken"]}
          leeg="Geen beschermingsonderzoeken."
          bijschrift="Beschermingsonderzoeken, oudste eerst"
          kolommen={[
            { kop: "Gestart", datum: "startdatum" },
            { kop: "Afgerond", datum: "einddatum", leeg: "Loopt nog" },
            { kop: "Stand", code: "status" },
            {
              kop: "Betreft",
              cel: (o, pad) => (
                <Veld waarde={o.betreft} pad={[...pad, "betreft"]}>
                  {(kinderen) =>
                    kinderen.map((kind, k) => (
                      <span key={kind.id}>
                        {k > 0 ? ", " : null}
                        <Persoonsnaam waarde={kind} pad={[...pad, "betreft", k]} />
                      </span>
                    ))
                  }
                </Veld>
              ),
            },
            { kop: "Raadsonderzoeker", collega: "raadsonderzoeker" },
            {
              kop: "Conclusie",
              cel: (o, pad) => (
                <>
                  <Code waarde={o.conclusie} pad={[...pad, "conclusie"]} leeg="Nog geen conclusie" />
                  {o.conclusie ? (
                    <>
                      {": "}
                      <Tekst waarde={o.conclusieToelichting} pad={[...pad, "conclusieToelichting"]} leeg="geen toelichting" />
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </Deel>
      <Deel id="deel-verzoekschriften" titel="Verzoekschriften aan de kinderrechter">
        <LijstTabel
          waarde={gezin.verzoekschriften}
          pad={["gezin", "verzoekschriften"]}
          leeg="Geen verzoekschriften."
          bijschrift="Verzoekschriften, oudste eerst"
          kolommen={[
            { kop: "Ingediend", datum: "ingediendOp" },
            { kop: "Gevraagde maatregel", code: "gevraagdeMaatregel", tabel: MAATREGELEN },
            { kop: "Uitspraak", code: "uitspraak", leeg: "Nog geen uitspraak" },
            { kop: "Uitspraak op", datum: "uitspraakOp", leeg: "—" },
          ]}
        />
      </Deel>
    </Sectie>
  );
}
