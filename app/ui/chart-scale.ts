/**
 * A value axis for a bar chart: from zero (or the lowest value, when below zero) to a round number at
 * or above the highest, in three to six round steps. Values are integers (paise); steps are whole rupees.
 */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function roundStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return (STEPS.find((step) => step * magnitude >= rough) ?? 10) * magnitude;
}

export function valueScale(values: readonly number[], unit = 100): Scale {
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  if (high === low) return { min: 0, max: unit * 4, ticks: [0, unit, unit * 2, unit * 3, unit * 4] };
  const step = Math.max(unit, Math.ceil(roundStep((high - low) / 4) / unit) * unit);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) ticks.push(tick);
  return { min, max, ticks };
}
