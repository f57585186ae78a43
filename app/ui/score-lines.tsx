export interface ScoreLine {
  key: string;
  label: string;
  /** Tailwind stroke/fill classes of the line and its points. */
  stroke: string;
  fill: string;
  /** One value per point, 0..100. */
  values: number[];
  dashed?: boolean;
  thick?: boolean;
}

interface ScoreLinesProps {
  /** Labels under the points (dates). */
  points: string[];
  lines: ScoreLine[];
  /** Names the chart's scrolling box on narrow screens. */
  label: string;
  /** What the chart says, for screen readers (the SVG's accessible name); the table carries the figures. */
  summary: string;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 40;
const TICKS = [0, 25, 50, 75, 100];

/**
 * Scores (0..100) over time as lines of plain SVG drawn in the server's HTML (decision 0008): points
 * evenly spaced in the order of the assessments, a fixed 0–100 axis.
 */
export function ScoreLines({ points, lines, label, summary }: ScoreLinesProps) {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, points.length);
  const x = (index: number) => LEFT + index * slot + slot / 2;
  const y = (value: number) => TOP + ((100 - value) / 100) * plotHeight;
  return (
    <figure className="space-y-2">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must be reachable by keyboard */}
      <div dir="rtl" className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        <div dir="ltr" className="min-w-[600px]">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
            {TICKS.map((tick) => (
              <g key={tick}>
                <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? "stroke-stone-500" : "stroke-stone-200"} strokeWidth={1} />
                <text x={LEFT - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="fill-stone-700 text-[13px]">
                  {tick}
                </text>
              </g>
            ))}
            {points.map((point, index) => (
              <text key={`${point}-${index}`} x={x(index)} y={HEIGHT - BOTTOM + 20} textAnchor="middle" className="fill-stone-800 text-[12px]">
                {point}
              </text>
            ))}
            {lines.map((line) => (
              <g key={line.key}>
                <polyline
                  points={line.values.map((value, index) => `${x(index)},${y(value)}`).join(" ")}
                  fill="none"
                  className={line.stroke}
                  strokeWidth={line.thick ? 3.5 : 2}
                  strokeDasharray={line.dashed ? "6 4" : undefined}
                />
                {line.values.map((value, index) => (
                  <circle key={index} cx={x(index)} cy={y(value)} r={line.thick ? 5 : 3.5} className={line.fill} />
                ))}
              </g>
            ))}
          </svg>
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-800" aria-hidden="true">
        {lines.map((line) => (
          <span key={line.key} className="inline-flex items-center gap-2">
            <svg width="24" height="8" aria-hidden="true">
              <line x1="0" x2="24" y1="4" y2="4" className={line.stroke} strokeWidth={line.thick ? 3.5 : 2} strokeDasharray={line.dashed ? "6 4" : undefined} />
            </svg>
            {line.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
