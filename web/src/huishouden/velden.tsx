/** Two shapes of withheld-aware values the household's dossier needs beyond {@link Veld}. */
import type { ReactNode } from "react";
import { useFouten, Veld } from "../components/Afgeschermd";
import { Item, Lijst } from "../components/nlds";
import { foutVoor, type Pad } from "../lib/afscherming";
import { datum } from "../lib/woorden";

/**
 * A list the hub may have withheld as a whole: withheld with the reason, "nothing
 * recorded" in the household's words (`leeg`), or one item per entry.
 */
export function Opsomming<T>({ waarde, pad, leeg, children }: { waarde: readonly T[] | null | undefined; pad: Pad; leeg: string; children: (item: T, index: number) => ReactNode }) {
  return (
    <Veld waarde={waarde} pad={pad} leeg={leeg}>
      {(items) => (
        <Lijst>
          {items.map((item, index) => (
            <Item key={index}>{children(item, index)}</Item>
          ))}
        </Lijst>
      )}
    </Veld>
  );
}

/**
 * An optional part of a sentence (an explanation, an end date): withheld with
 * the reason, else its rendering, else `anders` (default nothing) when none was
 * written: that it is missing is normal there, not news.
 */
export function Toevoeging<T>({ waarde, pad, anders = null, children }: { waarde: T | null | undefined; pad: Pad; anders?: ReactNode; children?: (waarde: T) => ReactNode }) {
  const fout = foutVoor(useFouten(), pad);
  if (!fout && (waarde === null || waarde === undefined || waarde === "")) return <>{anders}</>;
  return <Veld waarde={waarde} pad={pad}>{children}</Veld>;
}

/** "van 4 maart 2026 tot nu": the start and end fields (`startdatum`, `einddatum` unless named) of the record at `pad`. */
export function Periode({ vanaf, tot, pad, velden = ["startdatum", "einddatum"] }: { vanaf: string | null | undefined; tot: string | null | undefined; pad: Pad; velden?: [string, string] }) {
  return (
    <>
      van <Veld waarde={vanaf} pad={[...pad, velden[0]]}>{(d) => datum(d)}</Veld> tot{" "}
      <Toevoeging waarde={tot} pad={[...pad, velden[1]]} anders="nu">
        {(d) => datum(d)}
      </Toevoeging>
    </>
  );
}
