/**
 * Public impact figures are published only when at least this many makers stand behind them: a
 * smaller group could let someone work out what one survivor earned.
 */
export const MIN_MAKERS_BEHIND_A_FIGURE = 11;

export interface ImpactFigures {
  makers: number;
  totalInr: number;
}

/** The figures as they may be shown, or null when too few makers stand behind them. */
export function publishableImpact(figures: ImpactFigures): ImpactFigures | null {
  return figures.makers >= MIN_MAKERS_BEHIND_A_FIGURE ? figures : null;
}
