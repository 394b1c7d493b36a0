import type { Locale } from '../i18n/locale';

const SEPARATORS: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * A number with at most `decimals` decimals, trailing zeros dropped and thousands grouped, as
 * `Intl.NumberFormat` writes it for nl-NL and en-GB (`minimumFractionDigits: 0`, sign `auto`
 * or `exceptZero`), but without it: the browser's first NumberFormat loads ICU's data, tens of
 * milliseconds on the way to a page's first figures. Like ICU, it rounds the shortest decimal
 * form of the number half away from zero (1.005 to 1.01), not its binary value as `toFixed`
 * does. Gives null for what it does not write the same way (exponents, huge numbers), which the
 * caller then leaves to Intl.
 */
export function formatDecimalDigits(
  value: number,
  locale: Locale,
  decimals: number,
  signed = false,
): string | null {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude >= 1e15) return null;
  const shortest = String(magnitude);
  if (shortest.includes('e')) return null;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if ((fraction[decimals] ?? '0') >= '5') digits = incremented(digits);
  const wholeDigits = digits.slice(0, digits.length - decimals) || '0';
  const fractionDigits = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const isZero = /^0*$/.test(wholeDigits + fractionDigits);
  const isNegative = value < 0 || Object.is(value, -0);
  const sign = isNegative ? (signed && isZero ? '' : '-') : signed && !isZero ? '+' : '';
  const { group, decimal } = SEPARATORS[locale];
  const grouped = wholeDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fractionDigits ? decimal + fractionDigits : ''}`;
}

/** A string of digits plus one, carried: "0999" to "1000", "99" to "100". */
function incremented(digits: string): string {
  let carried = '';
  for (let index = digits.length - 1; index >= 0; index--) {
    const digit = digits.charCodeAt(index) - 48;
    if (digit < 9) return digits.slice(0, index) + String(digit + 1) + carried;
    carried = `0${carried}`;
  }
  return `1${carried}`;
}
