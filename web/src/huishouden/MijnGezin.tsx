import { Kop } from "../components/nlds";

export function MijnGezin() {
  return <Kop niveau={1}>MijnGezin</Kop>;
}
