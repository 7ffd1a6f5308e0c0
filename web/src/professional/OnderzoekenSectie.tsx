/** Investigations: Veilig Thuis's own, the Raad's requests and protection investigations, and petitions to the court. */
import { Veld } from "../components/Afgeschermd";
import { Cel, Rij, Tabel } from "../components/nlds";
import { MAATREGELEN } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Collega, Datum, Deel, Organisatie, Persoonsnaam, Sectie, Tekst } from "./velden";

export function OnderzoekenSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-onderzoeken" titel="Onderzoeken">
      <Deel id="deel-vt-onderzoeken" titel="Onderzoeken van Veilig Thuis">
        <Veld waarde={gezin.onderzoeken} pad={["gezin", "onderzoeken"]} leeg="Geen onderzoeken van Veilig Thuis.">
          {(onderzoeken) => (
            <Tabel bijschrift="Onderzoeken van Veilig Thuis, oudste eerst" koppen={["Gestart", "Afgerond", "Stand", "Onderzoeker", "Conclusie", "Vervolg"]}>
              {onderzoeken.map((o, i) => {
                const pad = ["gezin", "onderzoeken", i] as const;
                return (
                  <Rij key={o.id ?? i}>
                    <Cel kop>
                      <Datum waarde={o.startdatum} pad={[...pad, "startdatum"]} />
                    </Cel>
                    <Cel>
                      <Datum waarde={o.einddatum} pad={[...pad, "einddatum"]} leeg="Loopt nog" />
                    </Cel>
                    <Cel>
                      <Code waarde={o.status} pad={[...pad, "status"]} />
                    </Cel>
                    <Cel>
                      <Collega waarde={o.onderzoeker} pad={[...pad, "onderzoeker"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={o.conclusie} pad={[...pad, "conclusie"]} leeg="Nog geen conclusie" />
                    </Cel>
                    <Cel>
                      <Code waarde={o.vervolg} pad={[...pad, "vervolg"]} leeg="Nog geen vervolg" />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-verzoeken" titel="Verzoeken tot onderzoek aan de Raad">
        <Veld waarde={gezin.verzoekenTotOnderzoek} pad={["gezin", "verzoekenTotOnderzoek"]} leeg="Geen verzoeken tot onderzoek.">
          {(verzoeken) => (
            <Tabel bijschrift="Verzoeken tot onderzoek, oudste eerst" koppen={["Ontvangen", "Verzoeker", "Reden", "Stand", "Beoordeeld", "Gezin geïnformeerd"]}>
              {verzoeken.map((v, i) => {
                const pad = ["gezin", "verzoekenTotOnderzoek", i] as const;
                return (
                  <Rij key={v.id ?? i}>
                    <Cel kop>
                      <Datum waarde={v.ontvangenOp} pad={[...pad, "ontvangenOp"]} />
                    </Cel>
                    <Cel>
                      <Organisatie waarde={v.verzoeker} pad={[...pad, "verzoeker"]} />
                    </Cel>
                    <Cel>
                      <Tekst waarde={v.reden} pad={[...pad, "reden"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={v.status} pad={[...pad, "status"]} />
                    </Cel>
                    <Cel>
                      <Datum waarde={v.beoordeeldOp} pad={[...pad, "beoordeeldOp"]} leeg="Nog niet beoordeeld" />
                      {v.beoordeeldOp ? (
                        <>
                          {": "}
                          <Tekst waarde={v.beoordelingToelichting} pad={[...pad, "beoordelingToelichting"]} leeg="geen toelichting" />
                        </>
                      ) : null}
                    </Cel>
                    <Cel>
                      <Datum waarde={v.gezinGeinformeerdOp} pad={[...pad, "gezinGeinformeerdOp"]} leeg="Nog niet geïnformeerd" />
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-beschermingsonderzoeken" titel="Beschermingsonderzoeken van de Raad">
        <Veld waarde={gezin.beschermingsonderzoeken} pad={["gezin", "beschermingsonderzoeken"]} leeg="Geen beschermingsonderzoeken.">
          {(onderzoeken) => (
            <Tabel bijschrift="Beschermingsonderzoeken, oudste eerst" koppen={["Gestart", "Afgerond", "Stand", "Betreft", "Raadsonderzoeker", "Conclusie"]}>
              {onderzoeken.map((o, i) => {
                const pad = ["gezin", "beschermingsonderzoeken", i] as const;
                return (
                  <Rij key={o.id ?? i}>
                    <Cel kop>
                      <Datum waarde={o.startdatum} pad={[...pad, "startdatum"]} />
                    </Cel>
                    <Cel>
                      <Datum waarde={o.einddatum} pad={[...pad, "einddatum"]} leeg="Loopt nog" />
                    </Cel>
                    <Cel>
                      <Code waarde={o.status} pad={[...pad, "status"]} />
                    </Cel>
                    <Cel>
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
                    </Cel>
                    <Cel>
                      <Collega waarde={o.raadsonderzoeker} pad={[...pad, "raadsonderzoeker"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={o.conclusie} pad={[...pad, "conclusie"]} leeg="Nog geen conclusie" />
                      {o.conclusie ? (
                        <>
                          {": "}
                          <Tekst waarde={o.conclusieToelichting} pad={[...pad, "conclusieToelichting"]} leeg="geen toelichting" />
                        </>
                      ) : null}
                    </Cel>
                  </Rij>
                );
              })}
            </Tabel>
          )}
        </Veld>
      </Deel>
      <Deel id="deel-verzoekschriften" titel="Verzoekschriften aan de kinderrechter">
        <Veld waarde={gezin.verzoekschriften} pad={["gezin", "verzoekschriften"]} leeg="Geen verzoekschriften.">
          {(verzoekschriften) => (
            <Tabel bijschrift="Verzoekschriften, oudste eerst" koppen={["Ingediend", "Gevraagde maatregel", "Uitspraak", "Uitspraak op"]}>
              {verzoekschriften.map((v, i) => {
                const pad = ["gezin", "verzoekschriften", i] as const;
                return (
                  <Rij key={v.id ?? i}>
                    <Cel kop>
                      <Datum waarde={v.ingediendOp} pad={[...pad, "ingediendOp"]} />
                    </Cel>
                    <Cel>
                      <Code waarde={v.gevraagdeMaatregel} pad={[...pad, "gevraagdeMaatregel"]} tabel={MAATREGELEN} />
                    </Cel>
                    <Cel>
                      <Code waarde={v.uitspraak} pad={[...pad, "uitspraak"]} leeg="Nog geen uitspraak" />
                    </Cel>
                    <Cel>
                      <Datum waarde={v.uitspraakOp} pad={[...pad, "uitspraakOp"]} leeg="—" />
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
