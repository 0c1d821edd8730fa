/**
 * Which list a marker continues. "(i)" after "(h)" is the ninth letter; "(i)" under "(a)" opens a
 * roman sub-list; "(v)" after "(iv)" is five. The open list items decide.
 */
import type { Marker, TokenClass } from './markers.js';
import { Style, type Draft, type ListStyle } from './draft.js';
import { alphaValue, isRomanLetter, romanValue } from './numbers.js';

const keyOf = (cls: TokenClass, marker: Marker, depth = 0): string =>
  cls === 'bullet' ? `bullet:${marker.token}` : depth ? `dec:multi${depth}` : `${cls}:${marker.shape}`;

function openValue(frames: Draft[], key: string): number | undefined {
  for (let k = frames.length - 1; k >= 0; k--) if (frames[k].list?.key === key) return frames[k].list!.value;
  return undefined;
}

/** A single letter that may be roman: the open lists decide, else "i" opens a roman list. */
function letterOrRoman(marker: Marker, frames: Draft[]): { cls: TokenClass; value: number } {
  const upper = marker.cls === 'ALPHA';
  const alpha = { cls: (upper ? 'ALPHA' : 'alpha') as TokenClass, value: alphaValue(marker.token)! };
  const roman = { cls: (upper ? 'ROMAN' : 'roman') as TokenClass, value: romanValue(marker.token)! };
  if (openValue(frames, keyOf(alpha.cls, marker)) === alpha.value - 1) return alpha;
  if (openValue(frames, keyOf(roman.cls, marker)) === roman.value - 1) return roman;
  return roman.value === 1 ? roman : alpha;
}

function classify(marker: Marker, frames: Draft[]): { cls: TokenClass; value: number } | undefined {
  const { cls, token } = marker;
  if (cls === 'dec') return { cls, value: Number(token.split('.').pop()) };
  if (cls === 'bullet') return { cls, value: (openValue(frames, keyOf(cls, marker)) ?? 0) + 1 };
  if ((cls === 'alpha' || cls === 'ALPHA') && isRomanLetter(token)) return letterOrRoman(marker, frames);
  if (cls === 'roman' || cls === 'ROMAN') {
    const r = romanValue(token);
    if (r !== undefined) return { cls, value: r };
    const a = alphaValue(token);
    return a === undefined ? undefined : { cls: cls === 'roman' ? 'alpha' : 'ALPHA', value: a };
  }
  const a = alphaValue(token);
  return a === undefined ? undefined : { cls, value: a };
}

/** The list style of a marker given the list items open above the current provision. */
export function resolveStyle(marker: Marker, frames: Draft[]): ListStyle | undefined {
  const read = classify(marker, frames);
  if (!read) return undefined;
  const depth = marker.shape === 'multi' ? marker.token.split('.').length : 0;
  return new Style(keyOf(read.cls, marker, depth), marker.shape, read.cls, read.value);
}
