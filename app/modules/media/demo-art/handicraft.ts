import { groundShadow, hsl, n, SIZE, svgDocument, verticalGradient, type Random } from "./canvas";

/** Cane and bamboo work: a woven basket, a flat winnowing tray, or a set of bamboo cups. */
export function handicraftScene(random: Random) {
  const surface = random.between(700, 820);
  const defs = [
    verticalGradient("backdrop", [
      [0, hsl(random.pick([30, 90, 190, 20]), random.between(12, 30), random.between(84, 92))],
      [1, hsl(random.between(25, 40), random.between(15, 30), random.between(70, 80))],
    ]),
  ];
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#backdrop)"/>`,
    `<rect y="${n(surface)}" width="${SIZE}" height="${n(SIZE - surface)}" fill="${hsl(random.between(25, 40), random.between(15, 30), random.between(58, 68))}"/>`,
  ];
  const cane = hsl(random.between(32, 44), random.between(45, 65), random.between(52, 66));
  const dye = random.pick([hsl(355, 60, 38), hsl(20, 15, 15), hsl(150, 40, 30), hsl(215, 45, 35)]);
  const piece = random.pick(["basket", "basket", "tray", "cups"] as const);
  if (piece === "basket") body.push(basket(random, surface, cane, dye));
  else if (piece === "tray") body.push(tray(random, surface, cane, dye));
  else body.push(cups(random, surface, cane, dye));
  return svgDocument(defs.join(""), body.join(""));
}

function basket(random: Random, surface: number, cane: string, dye: string) {
  const bottom = surface + random.between(150, 230);
  const topWidth = random.between(720, 900);
  const bottomWidth = topWidth * random.between(0.55, 0.8);
  const height = random.between(460, 600);
  const top = bottom - height;
  const cx = SIZE / 2;
  const outline = `M ${n(cx - topWidth / 2)} ${n(top)} L ${n(cx - bottomWidth / 2)} ${n(bottom - 40)} Q ${n(cx)} ${n(bottom + 40)} ${n(cx + bottomWidth / 2)} ${n(bottom - 40)} L ${n(cx + topWidth / 2)} ${n(top)} Z`;
  const rows: string[] = [];
  const rowHeight = random.between(22, 30);
  const dyedRows = new Set([random.int(3, 6), random.int(8, 12)]);
  for (let index = 0, y = top; y < bottom + 40; index++, y += rowHeight) {
    const colour = dyedRows.has(index) ? dye : cane;
    rows.push(`<rect x="${n(cx - topWidth / 2)}" y="${n(y)}" width="${n(topWidth)}" height="${n(rowHeight - 3)}" rx="${n(rowHeight / 2)}" fill="${colour}"/>`);
    // Over-and-under: every other stitch in a row catches the light.
    const stitch = 38;
    const shift = index % 2 === 0 ? 0 : stitch / 2;
    const highlights = Array.from({ length: Math.ceil(topWidth / stitch) }, (_, column) => `M${n(cx - topWidth / 2 + shift + column * stitch)} ${n(y + 3)}h${stitch / 2 - 4}`).join("");
    rows.push(`<path d="${highlights}" stroke="#fff" stroke-opacity="0.22" stroke-width="${n(rowHeight * 0.35)}" stroke-linecap="round"/>`);
  }
  const handle = random.chance(0.55)
    ? `<path d="M ${n(cx - topWidth * 0.36)} ${n(top + 10)} C ${n(cx - topWidth * 0.36)} ${n(top - 330)}, ${n(cx + topWidth * 0.36)} ${n(top - 330)}, ${n(cx + topWidth * 0.36)} ${n(top + 10)}" stroke="${cane}" stroke-width="28" fill="none" stroke-linecap="round"/><path d="M ${n(cx - topWidth * 0.36)} ${n(top + 10)} C ${n(cx - topWidth * 0.36)} ${n(top - 330)}, ${n(cx + topWidth * 0.36)} ${n(top - 330)}, ${n(cx + topWidth * 0.36)} ${n(top + 10)}" stroke="#000" stroke-opacity="0.15" stroke-width="6" stroke-dasharray="18 14" fill="none"/>`
    : "";
  return [
    groundShadow(cx + 30, bottom + 10, topWidth * 0.5, 40),
    handle,
    `<clipPath id="basket"><path d="${outline}"/></clipPath>`,
    `<path d="${outline}" fill="${cane}"/>`,
    `<g clip-path="url(#basket)">${rows.join("")}<rect x="${n(cx + topWidth * 0.1)}" y="${n(top)}" width="${n(topWidth)}" height="${n(height + 60)}" fill="#000" opacity="0.14"/></g>`,
    `<ellipse cx="${n(cx)}" cy="${n(top)}" rx="${n(topWidth / 2 + 8)}" ry="${n(random.between(40, 70))}" fill="none" stroke="${dye}" stroke-width="26"/>`,
  ].join("");
}

function tray(random: Random, surface: number, cane: string, dye: string) {
  const cx = SIZE / 2;
  const cy = surface + random.between(80, 140);
  const rx = random.between(440, 520);
  const ry = rx * random.between(0.45, 0.6);
  const rings = Array.from({ length: 14 }, (_, index) => {
    const scale = 1 - index / 14;
    return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx * scale)}" ry="${n(ry * scale)}" fill="none" stroke="${index % 5 === 2 ? dye : cane}" stroke-width="${n((rx / 14) * 0.8)}" stroke-dasharray="${n(random.between(16, 30))} 6"/>`;
  });
  return [groundShadow(cx + 20, cy + ry * 0.3, rx * 1.02, ry * 0.9, 0.2), `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${cane}"/>`, ...rings, `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="none" stroke="${dye}" stroke-width="18"/>`].join("");
}

function cups(random: Random, surface: number, cane: string, dye: string) {
  const count = random.int(2, 4);
  const spacing = count === 2 ? 330 : count === 3 ? 300 : 240;
  return Array.from({ length: count }, (_, index) => {
    const width = random.between(190, 230);
    const height = random.between(400, 640);
    const cx = SIZE / 2 + (index - (count - 1) / 2) * spacing + random.between(-20, 20);
    const bottom = surface + random.between(160, 280);
    const left = cx - width / 2;
    const node = bottom - height * random.between(0.3, 0.45);
    const wrap = random.chance(0.6) ? `<rect x="${n(left)}" y="${n(bottom - height * 0.82)}" width="${n(width)}" height="26" fill="${dye}"/>` : "";
    return [
      groundShadow(cx + 15, bottom, width * 0.6, 16),
      `<rect x="${n(left)}" y="${n(bottom - height)}" width="${n(width)}" height="${n(height)}" rx="14" fill="${cane}"/>`,
      `<rect x="${n(left + width * 0.62)}" y="${n(bottom - height)}" width="${n(width * 0.38)}" height="${n(height)}" rx="14" fill="#000" opacity="0.14"/>`,
      `<rect x="${n(left + width * 0.12)}" y="${n(bottom - height + 20)}" width="${n(width * 0.1)}" height="${n(height - 40)}" rx="8" fill="#fff" opacity="0.25"/>`,
      `<rect x="${n(left - 6)}" y="${n(node)}" width="${n(width + 12)}" height="16" rx="8" fill="${hsl(35, 40, 40)}"/>`,
      `<ellipse cx="${n(cx)}" cy="${n(bottom - height)}" rx="${n(width / 2)}" ry="16" fill="${hsl(35, 45, 30)}"/>`,
      wrap,
    ].join("");
  }).join("");
}
