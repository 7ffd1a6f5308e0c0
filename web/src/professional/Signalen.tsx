import { Kop } from "../components/nlds";

export function Signalen() {
  return <Kop niveau={1}>Signalen</Kop>;
}
