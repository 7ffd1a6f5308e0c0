import { Kop } from "../components/nlds";

export function PrivacyConsole() {
  return <Kop niveau={1}>PrivacyConsole</Kop>;
}
