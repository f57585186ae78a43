import { valueScale } from "./chart-scale";

export interface MonthBar {
  month: string;
  /** Short month name, shown under the bars. */
  label: string;
  /** The year, shown under January and the first month. */
  year?: string;
  /** Null when the month's figures are hidden (too few people): no bars, only a grey mark on the axis. */
  first: number | null;
  second: number | null;
}

interface MonthBarsProps {
  months: MonthBar[];
  /** Names the chart's scrolling box on narrow screens. */
  label: string;
  /** What the chart says, for screen readers (the SVG's accessible name). */
  summary: string;
  /** `hidden` names the grey mark, for charts where months can be hidden. */
  legend: { first: string; second: string; hidden?: string };
  formatAxis: (value: number) => string;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 72;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 44;

/**
 * Two bars a month as plain SVG, drawn in the server's HTML: no chart library reaches the phone. The
 * figures are in a table beside it; the chart itself is one image with a summary as its name.
 */
export function MonthBars({ months, label, summary, legend, formatAxis }: MonthBarsProps) {
  const scale = valueScale(months.flatMap((month) => [month.first, month.second]).filter((value): value is number => value !== null));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + ((scale.max - value) / (scale.max - scale.min)) * plotHeight;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, months.length);
  const bar = Math.max(2, slot * 0.36);
  const zero = y(0);
  const rect = (value: number) => ({ y: Math.min(y(value), zero), height: Math.max(value === 0 ? 0 : 1, Math.abs(y(value) - zero)) });
  return (
    <figure className="space-y-2">
      {/* On a phone the chart scrolls sideways; right-to-left makes it open at the latest months, without script. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must be reachable by keyboard */}
      <div dir="rtl" className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        <div dir="ltr" className="min-w-[600px]">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
            {scale.ticks.map((tick) => (
              <g key={tick}>
                <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "stroke-stone-500" : "stroke-stone-200"} strokeWidth={1} />
                <text x={LEFT - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="fill-stone-700 text-[13px]">
                  {formatAxis(tick)}
                </text>
              </g>
            ))}
            {months.map((month, index) => {
              const x = LEFT + index * slot + (slot - 2 * bar) / 2;
              return (
                <g key={month.month}>
                  {month.first === null || month.second === null ? (
                    <rect x={x} y={zero - 4} width={2 * bar} height={4} className="fill-stone-300" />
                  ) : (
                    <>
                      <rect x={x} width={bar} {...rect(month.first)} className="fill-brand-700" />
                      <rect x={x + bar} width={bar} {...rect(month.second)} className="fill-amber-600" />
                    </>
                  )}
                  <text x={LEFT + index * slot + slot / 2} y={HEIGHT - BOTTOM + 18} textAnchor="middle" className="fill-stone-800 text-[12px]">
                    {month.label}
                  </text>
                  {month.year ? (
                    <text x={LEFT + index * slot + slot / 2} y={HEIGHT - BOTTOM + 36} textAnchor="middle" className="fill-stone-600 text-[12px]">
                      {month.year}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-800" aria-hidden="true">
        <span className="inline-flex items-center gap-2">
          <span className="inline-block size-3 rounded-sm bg-brand-700" />
          {legend.first}
        </span>
        <span className="inline-flex items-center gap-2">
          <span className="inline-block size-3 rounded-sm bg-amber-600" />
          {legend.second}
        </span>
        {legend.hidden ? (
          <span className="inline-flex items-center gap-2">
            <span className="inline-block h-1 w-3 bg-stone-300" />
            {legend.hidden}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
