/**
 * Which unknowns of a linear system are fixed by it: unknown i is determined exactly when the
 * unit vector e_i lies in the row space, which in reduced row echelon form means some row is
 * e_i itself. The coefficient matrix rows are the additive relations restricted to the
 * withheld cells; what is published moves to the right-hand side and does not matter here.
 */
export function findDeterminedUnknowns(
  rows: readonly (readonly number[])[],
  unknowns: number,
): Set<number> {
  const matrix = rows.map((row) => [...row]);
  const tolerance = 1e-9;
  let pivotRow = 0;
  const pivotColumns: number[] = [];
  for (let column = 0; column < unknowns && pivotRow < matrix.length; column += 1) {
    let best = pivotRow;
    for (let row = pivotRow + 1; row < matrix.length; row += 1) {
      if (Math.abs(matrix[row]?.[column] ?? 0) > Math.abs(matrix[best]?.[column] ?? 0)) best = row;
    }
    const bestRow = matrix[best] as number[];
    if (Math.abs(bestRow[column] ?? 0) < tolerance) continue;
    matrix[best] = matrix[pivotRow] as number[];
    matrix[pivotRow] = bestRow;
    const pivotValue = bestRow[column] as number;
    for (let k = 0; k < unknowns; k += 1) bestRow[k] = (bestRow[k] as number) / pivotValue;
    for (let row = 0; row < matrix.length; row += 1) {
      if (row === pivotRow) continue;
      const current = matrix[row] as number[];
      const factor = current[column] as number;
      if (Math.abs(factor) < tolerance) continue;
      for (let k = 0; k < unknowns; k += 1) {
        current[k] = (current[k] as number) - factor * (bestRow[k] as number);
      }
    }
    pivotColumns.push(column);
    pivotRow += 1;
  }
  const determined = new Set<number>();
  pivotColumns.forEach((column, index) => {
    const row = matrix[index] as number[];
    const others = row.some((value, k) => k !== column && Math.abs(value) >= tolerance);
    if (!others) determined.add(column);
  });
  return determined;
}
