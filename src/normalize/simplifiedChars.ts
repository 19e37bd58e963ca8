import { TRADITIONAL_PAIRS } from './traditionalPairs';

/** Each traditional character's simplified one by UTF-16 code unit (0: the character is no traditional one); built on first use. */
let simplifiedOf: Uint16Array | null = null;

function table(): Uint16Array {
  if (simplifiedOf === null) {
    simplifiedOf = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) simplifiedOf[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  }
  return simplifiedOf;
}

/**
 * The text with every traditional character replaced by its simplified one, character for character:
 * the same length, so that a place found in it is the same place in the text as printed. What the
 * forms' vocabulary is matched against (`項目績效自評表` reads as `项目绩效自评表`, `本級` as `本级`);
 * records keep the text as printed. A text with no traditional character is returned as it is.
 */
export function simplifiedChars(text: string): string {
  const map = table();
  let i = 0;
  while (i < text.length && map[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const simplified = map[code]!;
    out += simplified === 0 ? text[i] : String.fromCharCode(simplified);
  }
  return out;
}

/**
 * The text as printed with what a pattern, matched in its simplified form, removes from its end
 * (`丹稜縣自然資源局本級` less `本级` → `丹稜縣自然資源局`); the text whole when the pattern does not match.
 */
export function cutSimplifiedSuffix(text: string, suffix: RegExp): string {
  const match = suffix.exec(simplifiedChars(text));
  return match === null ? text : text.slice(0, match.index);
}
