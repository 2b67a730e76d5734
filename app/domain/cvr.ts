const weights = [2, 7, 6, 5, 4, 3, 2, 1];

/** CVR: 8 digits, not starting with 0, passing the modulus-11 check. */
export function normalizeCvr(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").replace(/^DK/i, "");
  if (!/^[1-9]\d{7}$/.test(compact)) return null;
  const sum = [...compact].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return sum % 11 === 0 ? compact : null;
}
