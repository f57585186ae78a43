import { groundShadow, hexagon, horizontalGradient, hsl, n, SIZE, svgDocument, verticalGradient, type Random } from "./canvas";

/** One to three jars of honey with labels and lids on a table, honeycomb behind. */
export function honeyScene(random: Random) {
  const warmth = random.between(28, 40);
  const tableTop = random.between(700, 780);
  const defs = [
    verticalGradient("wall", [
      [0, hsl(warmth + 8, 60, random.between(88, 94))],
      [1, hsl(warmth, 55, random.between(74, 82))],
    ]),
    verticalGradient("table", [
      [0, hsl(random.between(20, 32), 40, random.between(38, 48))],
      [1, hsl(random.between(18, 28), 45, random.between(22, 30))],
    ]),
    `<pattern id="comb" width="104" height="180" patternUnits="userSpaceOnUse"><polygon points="${hexagon(52, 30, 52)}" fill="none" stroke="${hsl(warmth, 70, 55)}" stroke-width="5"/><polygon points="${hexagon(0, 120, 52)}" fill="none" stroke="${hsl(warmth, 70, 55)}" stroke-width="5"/><polygon points="${hexagon(104, 120, 52)}" fill="none" stroke="${hsl(warmth, 70, 55)}" stroke-width="5"/></pattern>`,
  ];
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#wall)"/>`,
    `<rect width="${SIZE}" height="${n(tableTop)}" fill="url(#comb)" opacity="${n(random.between(0.12, 0.28))}"/>`,
    `<rect y="${n(tableTop)}" width="${SIZE}" height="${n(SIZE - tableTop)}" fill="url(#table)"/>`,
    ...Array.from({ length: 6 }, (_, index) => `<rect y="${n(tableTop + 30 + index * random.between(50, 70))}" width="${SIZE}" height="3" fill="#000" opacity="0.08"/>`),
  ];

  const count = random.pick([1, 2, 2, 3]);
  const slots = count === 1 ? [600] : count === 2 ? [385, 815] : [255, 600, 945];
  slots.forEach((centre, index) => {
    const jar = drawJar(random, index, centre + random.between(-30, 30), tableTop + random.between(120, 220), count, warmth);
    defs.push(jar.defs);
    body.push(jar.body);
  });
  if (random.chance(0.5)) body.push(drawDipper(random, tableTop));
  return svgDocument(defs.join(""), body.join(""));
}

function drawJar(random: Random, index: number, cx: number, base: number, count: number, warmth: number) {
  const scale = count === 1 ? 1.8 : count === 2 ? 1.35 : 1.05;
  const width = random.between(250, 330) * scale;
  const height = random.between(330, 430) * scale;
  const left = cx - width / 2;
  const top = base - height;
  const honey = random.between(warmth - 10, warmth + 2);
  const lidColour = random.pick([hsl(45, 70, 55), hsl(8, 55, 38), hsl(140, 35, 32), hsl(210, 40, 30), hsl(350, 50, 42)]);
  const labelColour = random.pick(["#fbf4e4", "#f3ead2", "#ffffff", hsl(40, 60, 88)]);
  const ink = random.pick([hsl(20, 60, 25), hsl(140, 40, 25), hsl(220, 45, 28), hsl(0, 55, 32)]);
  const id = `honey${index}`;
  const neck = width * 0.72;
  const lidHeight = height * 0.13;
  const defs = horizontalGradient(id, [
    [0, hsl(honey, 90, 30)],
    [0.35, hsl(honey + 6, 95, random.between(48, 58))],
    [0.7, hsl(honey + 2, 92, 44)],
    [1, hsl(honey - 4, 85, 26)],
  ]);
  const labelTop = top + height * 0.36;
  const labelHeight = height * 0.34;
  const parts = [
    groundShadow(cx + 20, base, width * 0.55, 22),
    `<rect x="${n(left)}" y="${n(top + lidHeight * 0.8)}" width="${n(width)}" height="${n(height - lidHeight * 0.8)}" rx="${n(width * random.between(0.12, 0.25))}" fill="url(#${id})"/>`,
    `<rect x="${n(cx - neck / 2)}" y="${n(top)}" width="${n(neck)}" height="${n(lidHeight)}" rx="10" fill="${lidColour}"/>`,
    `<rect x="${n(cx - neck / 2)}" y="${n(top + lidHeight * 0.55)}" width="${n(neck)}" height="6" fill="#000" opacity="0.18"/>`,
    `<rect x="${n(left + width * 0.1)}" y="${n(top + lidHeight * 1.3)}" width="${n(width * 0.08)}" height="${n(height * 0.62)}" rx="12" fill="#fff" opacity="0.28"/>`,
    `<rect x="${n(left - 2)}" y="${n(labelTop)}" width="${n(width + 4)}" height="${n(labelHeight)}" fill="${labelColour}"/>`,
    `<rect x="${n(left - 2)}" y="${n(labelTop + 10)}" width="${n(width + 4)}" height="5" fill="${ink}" opacity="0.8"/>`,
    `<rect x="${n(left - 2)}" y="${n(labelTop + labelHeight - 15)}" width="${n(width + 4)}" height="5" fill="${ink}" opacity="0.8"/>`,
    random.chance(0.5) ? drawBee(cx, labelTop + labelHeight * 0.42, labelHeight * 0.2, ink) : `<polygon points="${hexagon(cx, labelTop + labelHeight * 0.42, labelHeight * 0.2)}" fill="${hsl(honey, 85, 50)}" stroke="${ink}" stroke-width="4"/>`,
    `<rect x="${n(cx - width * 0.28)}" y="${n(labelTop + labelHeight * 0.72)}" width="${n(width * 0.56)}" height="9" rx="4.5" fill="${ink}" opacity="0.75"/>`,
    `<rect x="${n(cx - width * 0.18)}" y="${n(labelTop + labelHeight * 0.72 + 18)}" width="${n(width * 0.36)}" height="7" rx="3.5" fill="${ink}" opacity="0.45"/>`,
  ];
  if (random.chance(0.45)) parts.push(drawCloth(random, cx, top, neck, lidHeight));
  return { defs, body: parts.join("") };
}

function drawBee(cx: number, cy: number, size: number, ink: string) {
  return [
    `<ellipse cx="${n(cx - size * 0.45)}" cy="${n(cy - size * 0.7)}" rx="${n(size * 0.55)}" ry="${n(size * 0.35)}" fill="#fff" stroke="${ink}" stroke-width="3" transform="rotate(-25 ${n(cx)} ${n(cy)})"/>`,
    `<ellipse cx="${n(cx + size * 0.45)}" cy="${n(cy - size * 0.7)}" rx="${n(size * 0.55)}" ry="${n(size * 0.35)}" fill="#fff" stroke="${ink}" stroke-width="3" transform="rotate(25 ${n(cx)} ${n(cy)})"/>`,
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(size * 0.9)}" ry="${n(size * 0.6)}" fill="#f2b705" stroke="${ink}" stroke-width="4"/>`,
    `<rect x="${n(cx - size * 0.25)}" y="${n(cy - size * 0.58)}" width="${n(size * 0.16)}" height="${n(size * 1.16)}" fill="${ink}"/>`,
    `<rect x="${n(cx + size * 0.2)}" y="${n(cy - size * 0.52)}" width="${n(size * 0.16)}" height="${n(size * 1.04)}" fill="${ink}"/>`,
  ].join("");
}

/** A cloth cap tied over the lid, as village honey often comes. */
function drawCloth(random: Random, cx: number, top: number, neck: number, lidHeight: number) {
  const colour = random.pick([hsl(0, 60, 45), hsl(210, 55, 45), hsl(120, 35, 40), hsl(30, 70, 50)]);
  const half = neck / 2 + 30;
  const hem = top + lidHeight + 45;
  const folds = Array.from({ length: 7 }, (_, index) => {
    const x = cx - half + ((index + 0.5) * (half * 2)) / 7;
    return `L ${n(x)} ${n(hem + (index % 2 === 0 ? 14 : -4))}`;
  }).join(" ");
  return [
    `<path d="M ${n(cx - half)} ${n(hem)} Q ${n(cx - half + 10)} ${n(top - 30)} ${n(cx)} ${n(top - 28)} Q ${n(cx + half - 10)} ${n(top - 30)} ${n(cx + half)} ${n(hem)} ${folds} Z" fill="${colour}"/>`,
    `<path d="M ${n(cx - half + 12)} ${n(top + lidHeight + 8)} L ${n(cx + half - 12)} ${n(top + lidHeight + 8)}" stroke="#e8d9b0" stroke-width="7"/>`,
    ...Array.from({ length: 5 }, (_, index) => `<circle cx="${n(cx - half * 0.6 + index * half * 0.3)}" cy="${n(top + lidHeight * 0.1)}" r="7" fill="#fff" opacity="0.6"/>`),
  ].join("");
}

function drawDipper(random: Random, tableTop: number) {
  const y = tableTop + random.between(200, 300);
  const x = random.between(150, 350);
  const wood = hsl(30, 45, random.between(45, 58));
  const ridges = Array.from({ length: 5 }, (_, index) => `<ellipse cx="${n(x + 40 + index * 26)}" cy="${n(y)}" rx="12" ry="${44 - Math.abs(index - 2) * 6}" fill="${wood}" stroke="#000" stroke-opacity="0.2" stroke-width="3"/>`);
  return `<g transform="rotate(${n(random.between(-12, 6))} ${n(x)} ${n(y)})">${groundShadow(x + 200, y + 40, 260, 14, 0.18)}<rect x="${n(x + 150)}" y="${n(y - 11)}" width="360" height="22" rx="11" fill="${wood}"/>${ridges.join("")}</g>`;
}
