/**
 * The merged timeline of all organisations, newest first. Every entry is
 * shown; what the viewer may not read of its content is withheld with the
 * category the entry belongs to.
 */
import { MetFouten, useFouten, Veld } from "../components/Afgeschermd";
import { Alinea, Cel, Rij, Tabel } from "../components/nlds";
import { CATEGORIEEN } from "../lib/afscherming";
import { foutenVoorInhoud } from "./afschermingTelling";
import { TIJDLIJN_CATEGORIE } from "./dossierwoorden";
import type { GezinData } from "./gezinsbeeldQuery";
import { Code, Datum, Organisatie, Sectie, Tekst } from "./velden";

type Regel = NonNullable<GezinData["gezinstijdlijn"]>["nodes"][number];

export function TijdlijnSectie({ gezin }: { gezin: GezinData }) {
  return (
    <Sectie id="sectie-tijdlijn" titel="Gezinstijdlijn">
      <Veld waarde={gezin.gezinstijdlijn} pad={["gezin", "gezinstijdlijn"]}>
        {(tijdlijn) =>
          tijdlijn.nodes.length === 0 ? (
            <Alinea>Er staat nog niets op de tijdlijn.</Alinea>
          ) : (
            <>
              <Tabel
                bijschrift={`Tijdlijn van alle organisaties, nieuwste eerst (${tijdlijn.nodes.length} van ${tijdlijn.totalCount})`}
                koppen={["Datum", "Organisatie", "Wat er gebeurde", "Omschrijving", "Uitkomst", "Soort gegevens"]}
              >
                {tijdlijn.nodes.map((regel, i) => (
                  <TijdlijnRij key={regel.id ?? i} regel={regel} index={i} />
                ))}
              </Tabel>
              {tijdlijn.pageInfo.hasNextPage ? (
                <Alinea klein>
                  De {tijdlijn.nodes.length} nieuwste van {tijdlijn.totalCount} regels staan hier; oudere regels zijn niet getoond.
                </Alinea>
              ) : null}
            </>
          )
        }
      </Veld>
    </Sectie>
  );
}

function TijdlijnRij({ regel, index }: { regel: Regel; index: number }) {
  const fouten = useFouten();
  const pad = ["gezin", "gezinstijdlijn", "nodes", index] as const;
  const inhoud = regel.inhoud;
  const categorie = inhoud ? TIJDLIJN_CATEGORIE[inhoud.__typename] : undefined;
  return (
    <Rij>
      <Cel kop>
        <Datum waarde={regel.datum} pad={[...pad, "datum"]} />
      </Cel>
      <Cel>
        <Organisatie waarde={regel.organisatie} pad={[...pad, "organisatie"]} />
      </Cel>
      {/* An error the gateway gave for another kind of content (no index, no type) is not this entry's. */}
      <MetFouten fouten={foutenVoorInhoud(fouten, inhoud?.__typename)}>
        {inhoud ? (
          <>
            <Cel>
              <Code waarde={inhoud.soort} pad={[...pad, "inhoud", "soort"]} />
            </Cel>
            <Cel>
              <Tekst waarde={inhoud.titel} pad={[...pad, "inhoud", "titel"]} />
            </Cel>
            <Cel>
              <Tekst waarde={inhoud.uitkomst} pad={[...pad, "inhoud", "uitkomst"]} leeg="Geen uitkomst vastgelegd" />
            </Cel>
          </>
        ) : (
          <>
            <Cel>
              <Veld waarde={inhoud} pad={[...pad, "inhoud"]} />
            </Cel>
            <Cel>—</Cel>
            <Cel>—</Cel>
          </>
        )}
      </MetFouten>
      <Cel>{categorie ? CATEGORIEEN[categorie] ?? categorie : "onbekend"}</Cel>
    </Rij>
  );
}
