import { Kop } from "../components/nlds";

export function Gezinsbeeld() {
  return <Kop niveau={1}>Gezinsbeeld</Kop>;
}
