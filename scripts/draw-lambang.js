#!/usr/bin/env node
/**
 * Draws the lambang daerah of the FICTIONAL Kabupaten Sukamaju (the bundled example) and writes
 * examples/kabupaten-sukamaju/lambang.png: 600x700 RGBA, transparent background.
 *
 *   npm run lambang            (or: node scripts/draw-lambang.js [output.png])
 *
 * The PNG is committed as an input asset; this script is how it was made. No fonts and no image
 * library: shapes are flattened to polygons, filled on a 4x4 supersampled grid and averaged, and the
 * PNG is deflated with fflate, so the same script gives the same bytes on every machine.
 *
 * What the emblem says (in the manner of Indonesian regency emblems; all invented):
 * - perisai (shield): the people's resolve to defend the region; green for fertile land, gold border
 *   for glory;
 * - bintang (gold star): Ketuhanan Yang Maha Esa;
 * - padi (17 grains) and kapas (8 bolls): prosperity in food and clothing, and 17 August;
 * - gunung under a sun of 17 rays, and 4 blue waves with 5 white: the hills and rivers of
 *   Sukamaju, and 1945;
 * - pita merah putih (the bow tying the stalks): the Republic;
 * - pita (ribbon) with the name SUKAMAJU.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zlibSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'examples/kabupaten-sukamaju/lambang.png');

const W = 600;
const H = 700;
/** Samples per pixel along each axis. */
const SS = 4;

// --- colours ---------------------------------------------------------------------------------
const hex = (h, a = 255) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];
const C = {
  ink: hex('#1b1a17'),
  gold: hex('#e9b72a'),
  goldLight: hex('#f8d968'),
  goldDark: hex('#b9811a'),
  green: hex('#0d6b3b'),
  greenDark: hex('#07492a'),
  greenLeaf: hex('#3f9a4a'),
  sky: hex('#f4f1e4'),
  mountain: hex('#2c7d57'),
  mountainBack: hex('#5d9f86'),
  blue: hex('#1f5aa6'),
  white: hex('#ffffff'),
  cotton: hex('#fbfaf5'),
  calyx: hex('#6b4a22'),
  red: hex('#b3202a'),
  ribbon: hex('#fbf6e6'),
  ribbonBack: hex('#ece2c4'),
  ribbonFold: hex('#b9a674'),
};

// --- canvas: straight RGBA samples, painted opaque or blended "over" ---------------------------
const SW = W * SS;
const SH = H * SS;
const buf = new Uint8ClampedArray(SW * SH * 4);

/** A clip is a per-sample mask (1 = paint allowed). */
let clip = null;

function blend(i, c) {
  const a = c[3] / 255;
  if (a >= 1) {
    buf[i] = c[0];
    buf[i + 1] = c[1];
    buf[i + 2] = c[2];
    buf[i + 3] = 255;
    return;
  }
  const da = buf[i + 3] / 255;
  const oa = a + da * (1 - a);
  if (oa === 0) return;
  for (let k = 0; k < 3; k++) buf[i + k] = (c[k] * a + buf[i + k] * da * (1 - a)) / oa;
  buf[i + 3] = oa * 255;
}

/**
 * Fills polygons (arrays of [x, y] in pixel units) with the nonzero rule, so the union of
 * same-oriented pieces (a stroke built of segments and discs) paints once. `paint` is a colour
 * or (x, y) => colour.
 */
function fill(polys, paint, target = null) {
  const edges = [];
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i];
      const [x1, y1] = poly[(i + 1) % poly.length];
      if (y0 === y1) continue;
      const dir = y1 > y0 ? 1 : -1;
      const [ax, ay, bx, by] = dir === 1 ? [x0, y0, x1, y1] : [x1, y1, x0, y0];
      edges.push({ ymin: ay * SS, ymax: by * SS, x: ax * SS, slope: (bx - ax) / (by - ay), dir });
    }
  }
  if (edges.length === 0) return;
  edges.sort((a, b) => a.ymin - b.ymin);
  const top = Math.max(0, Math.floor(edges[0].ymin));
  const bottom = Math.min(SH - 1, Math.ceil(Math.max(...edges.map((e) => e.ymax))));
  const fn = typeof paint === 'function' ? paint : null;
  let next = 0;
  let active = [];
  const xs = [];
  for (let sy = top; sy <= bottom; sy++) {
    const y = sy + 0.5;
    while (next < edges.length && edges[next].ymin <= y) active.push(edges[next++]);
    active = active.filter((e) => e.ymax > y);
    xs.length = 0;
    for (const e of active) if (e.ymin <= y) xs.push([e.x + (y - e.ymin) * e.slope, e.dir]);
    xs.sort((a, b) => a[0] - b[0]);
    let winding = 0;
    for (let k = 0; k < xs.length - 1; k++) {
      winding += xs[k][1];
      if (winding === 0) continue;
      const from = Math.max(0, Math.ceil(xs[k][0] - 0.5));
      const to = Math.min(SW - 1, Math.floor(xs[k + 1][0] - 0.5));
      for (let sx = from; sx <= to; sx++) {
        const s = sy * SW + sx;
        if (target) {
          target[s] = 1;
          continue;
        }
        if (clip && !clip[s]) continue;
        blend(s * 4, fn ? fn((sx + 0.5) / SS, y / SS) : paint);
      }
    }
  }
}

function withClip(polys, draw) {
  const mask = new Uint8Array(SW * SH);
  fill(polys, null, mask);
  const before = clip;
  if (before) for (let s = 0; s < mask.length; s++) mask[s] &= before[s];
  clip = mask;
  draw();
  clip = before;
}

// --- geometry --------------------------------------------------------------------------------
const rad = (deg) => (deg * Math.PI) / 180;
const lerp = (a, b, t) => a + (b - a) * t;
const area = (poly) => poly.reduce((s, [x0, y0], i) => {
  const [x1, y1] = poly[(i + 1) % poly.length];
  return s + x0 * y1 - x1 * y0;
}, 0) / 2;
/** Every polygon turned the same way, so nonzero fills give the union. */
const oriented = (poly) => (area(poly) < 0 ? [...poly].reverse() : poly);

function circle(cx, cy, r, n = Math.max(24, Math.ceil(r * SS * 1.2))) {
  const pts = [];
  for (let i = 0; i < n; i++) pts.push([cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  return pts;
}

function ellipse(cx, cy, rx, ry, angle, n = 48) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const pts = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const x = rx * Math.cos(t);
    const y = ry * Math.sin(t);
    pts.push([cx + x * c - y * s, cy + x * s + y * c]);
  }
  return pts;
}

function cubic(p0, p1, p2, p3, n = 40) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    pts.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return pts;
}

/** A path of moves: ['M', x, y], ['L', x, y], ['C', x1, y1, x2, y2, x, y]. */
function path(cmds) {
  const pts = [];
  for (const c of cmds) {
    if (c[0] === 'M' || c[0] === 'L') pts.push([c[1], c[2]]);
    else if (c[0] === 'C') pts.push(...cubic(pts.at(-1), [c[1], c[2]], [c[3], c[4]], [c[5], c[6]]).slice(1));
  }
  return pts;
}

/** A stroke with round caps and joins, as one set of same-oriented polygons. */
function stroke(line, width, closed = false) {
  const r = width / 2;
  const pts = closed ? [...line, line[0]] : line;
  const polys = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[i + 1];
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len === 0) continue;
    const nx = (-(y1 - y0) / len) * r;
    const ny = ((x1 - x0) / len) * r;
    polys.push(oriented([[x0 + nx, y0 + ny], [x1 + nx, y1 + ny], [x1 - nx, y1 - ny], [x0 - nx, y0 - ny]]));
  }
  for (const [x, y] of pts) polys.push(oriented(circle(x, y, r, Math.max(12, Math.ceil(r * SS * 2)))));
  return polys;
}

/** Fill a shape, then outline it in ink. */
function shape(poly, paint, outline = 1.6) {
  fill([poly], paint);
  if (outline > 0) fill(stroke(poly, outline, true), C.ink);
}

function transform(poly, { x = 0, y = 0, angle = 0, scale = 1 }) {
  const c = Math.cos(angle) * scale;
  const s = Math.sin(angle) * scale;
  return poly.map(([px, py]) => [x + px * c - py * s, y + px * s + py * c]);
}

/** Point and unit tangent along a polyline at fraction t of its length. */
function along(line, t) {
  const lens = [];
  let total = 0;
  for (let i = 0; i < line.length - 1; i++) {
    const l = Math.hypot(line[i + 1][0] - line[i][0], line[i + 1][1] - line[i][1]);
    lens.push(l);
    total += l;
  }
  let d = t * total;
  for (let i = 0; i < lens.length; i++) {
    if (d <= lens[i] || i === lens.length - 1) {
      const f = lens[i] === 0 ? 0 : d / lens[i];
      const [x0, y0] = line[i];
      const [x1, y1] = line[i + 1];
      return { x: lerp(x0, x1, f), y: lerp(y0, y1, f), tx: (x1 - x0) / lens[i], ty: (y1 - y0) / lens[i] };
    }
    d -= lens[i];
  }
  throw new Error('unreachable');
}

// --- the emblem ------------------------------------------------------------------------------
const CX = 300;

/** The shield: a top edge with two scallops rising to a point, straight flanks, an ogee tip. */
function shieldOutline(inset) {
  const l = 78 + inset;
  const r = W - l;
  const top = 92 + inset;
  const peak = 58 + inset * 1.15;
  const tip = 640 - inset * 1.5;
  const flank = 372;
  return path([
    ['M', CX, peak],
    ['C', CX - 50, peak + 6, CX - 120, top + 12, l + 28, top - 4],
    ['C', l + 14, top - 10, l + 2, top - 8, l, top],
    ['L', l, flank],
    ['C', l, flank + 150, CX - 110, tip - 60, CX, tip],
    ['C', CX + 110, tip - 60, r, flank + 150, r, flank],
    ['L', r, top],
    ['C', r - 2, top - 8, r - 14, top - 10, r - 28, top - 4],
    ['C', CX + 120, top + 12, CX + 50, peak + 6, CX, peak],
  ]);
}

function drawShield() {
  shape(shieldOutline(0), C.gold, 3);
  const field = shieldOutline(16);
  shape(field, (x, y) => {
    // A faint radial light on the field, as printed emblems have from their varnish.
    const d = Math.hypot(x - CX, y - 330) / 330;
    const t = Math.min(1, d);
    return [lerp(C.green[0], C.greenDark[0], t), lerp(C.green[1], C.greenDark[1], t), lerp(C.green[2], C.greenDark[2], t), 255];
  }, 2.2);
  fill(stroke(shieldOutline(25), 1.6, true), C.gold);
  return field;
}

/** A five-pointed star, each point split into a lit and a shaded half. */
function drawStar(cx, cy, R) {
  const r = R * 0.4;
  const outer = [];
  const inner = [];
  for (let i = 0; i < 5; i++) {
    const a = rad(-90 + i * 72);
    const b = rad(-90 + i * 72 + 36);
    outer.push([cx + R * Math.cos(a), cy + R * Math.sin(a)]);
    inner.push([cx + r * Math.cos(b), cy + r * Math.sin(b)]);
  }
  const star = outer.flatMap((p, i) => [p, inner[i]]);
  fill([star], C.gold);
  for (let i = 0; i < 5; i++) {
    const prev = inner[(i + 4) % 5];
    fill([oriented([[cx, cy], prev, outer[i]])], C.goldLight);
    fill([oriented([[cx, cy], outer[i], inner[i]])], C.goldDark);
  }
  fill(stroke(star, 2, true), C.ink);
}

/** The medallion: sky, a two-peaked mountain, 4 blue and 5 white waves, in a gold ring. */
function drawMedallion(cx, cy, R) {
  fill([circle(cx, cy, R + 9)], C.gold);
  fill(stroke(circle(cx, cy, R + 9), 1.8, true), C.ink);
  const disc = circle(cx, cy, R);
  withClip([disc], () => {
    fill([disc], (x, y) => {
      const t = Math.max(0, Math.min(1, (y - (cy - R)) / (R * 1.2)));
      return [lerp(214, 248, t), lerp(232, 243, t), lerp(244, 226, t), 255];
    });
    // Rays of the rising sun behind the hills.
    const sun = [cx, cy + 8];
    for (let i = 0; i < 17; i++) {
      const a = rad(-180 + (i + 0.5) * (180 / 17));
      const w = rad(2.2);
      fill([oriented([sun, [sun[0] + 300 * Math.cos(a - w), sun[1] + 300 * Math.sin(a - w)], [sun[0] + 300 * Math.cos(a + w), sun[1] + 300 * Math.sin(a + w)]])], hex('#f3cf6b', 150));
    }
    fill([circle(sun[0], sun[1], 30)], hex('#f2c23d'));
    // Back range, then the main mountain.
    shape(path([['M', cx - R - 10, cy + 30], ['C', cx - 70, cy - 10, cx - 55, cy - 30, cx - 40, cy - 38], ['C', cx - 25, cy - 30, cx - 5, cy - 5, cx + 20, cy + 8], ['L', cx + 20, cy + 80], ['L', cx - R - 10, cy + 80]]), C.mountainBack, 1.4);
    const main = path([
      ['M', cx - 60, cy + 40],
      ['C', cx - 20, cy + 20, cx + 18, cy - 30, cx + 35, cy - 62],
      ['L', cx + 44, cy - 66],
      ['L', cx + 52, cy - 60],
      ['C', cx + 70, cy - 28, cx + 100, cy + 10, cx + R + 10, cy + 26],
      ['L', cx + R + 10, cy + 80],
      ['L', cx - 60, cy + 80],
    ]);
    shape(main, C.mountain, 1.4);
    // A lit flank on the mountain.
    fill([oriented(path([['M', cx + 44, cy - 64], ['C', cx + 38, cy - 30, cx + 30, cy, cx + 12, cy + 40], ['L', cx + 60, cy + 40], ['C', cx + 60, cy, cx + 56, cy - 30, cx + 44, cy - 64]]))], hex('#3f9a6c'));
    // Waves: 5 white bands under 4 blue ones, each with a wavy top.
    const waveTop = cy + 34;
    const band = (R - 34) / 9 + 0.2;
    for (let i = 0; i < 9; i++) {
      const y0 = waveTop + i * band;
      const pts = [];
      for (let x = cx - R - 4; x <= cx + R + 4; x += 2) pts.push([x, y0 + 2.4 * Math.sin((x - cx) / 9 + i * 0.9)]);
      pts.push([cx + R + 4, cy + R + 10], [cx - R - 4, cy + R + 10]);
      fill([pts], i % 2 === 0 ? C.white : C.blue);
    }
  });
  fill(stroke(disc, 2, true), C.ink);
}

/** The wreath's spine: an arc around (cx, cy) from angle a0 to a1 (degrees, 0 = up, clockwise). */
function arc(cx, cy, R, a0, a1, n = 80) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const a = rad(lerp(a0, a1, i / n));
    pts.push([cx + R * Math.sin(a), cy - R * Math.cos(a)]);
  }
  return pts;
}

/** A pointed leaf (two arcs) from base to tip, `w` wide. */
function leaf(bx, by, tx, ty, w) {
  const mx = (bx + tx) / 2;
  const my = (by + ty) / 2;
  const len = Math.hypot(tx - bx, ty - by);
  const nx = (-(ty - by) / len) * w;
  const ny = ((tx - bx) / len) * w;
  return oriented([...cubic([bx, by], [mx + nx, my + ny], [mx + nx * 0.6, my + ny * 0.6], [tx, ty], 16), ...cubic([tx, ty], [mx - nx * 0.6, my - ny * 0.6], [mx - nx, my - ny], [bx, by], 16).slice(1, -1)]);
}

/** Padi: a bowed stalk bearing 17 grains (8 pairs and one at the tip), with two leaves. */
function drawPadi(spine) {
  const side = -1;
  for (const [t, len] of [[0.16, 52], [0.34, 44]]) {
    const p = along(spine, t);
    const tip = [p.x + p.tx * len * 0.8 - side * p.ty * len * 0.55, p.y + p.ty * len * 0.8 + side * p.tx * len * 0.55];
    shape(leaf(p.x, p.y, tip[0], tip[1], 7), C.greenLeaf, 1.2);
  }
  fill(stroke(spine, 3.2), C.goldDark);
  const grains = [];
  for (let i = 0; i < 8; i++) {
    const t = 0.4 + i * 0.072;
    const p = along(spine, t);
    for (const s of [-1, 1]) {
      const a = Math.atan2(p.ty, p.tx) + s * rad(34);
      grains.push({ x: p.x + Math.cos(a) * 12.5, y: p.y + Math.sin(a) * 12.5, a });
    }
  }
  const end = along(spine, 1);
  grains.push({ x: end.x + end.tx * 10, y: end.y + end.ty * 10, a: Math.atan2(end.ty, end.tx) });
  for (const g of grains) {
    fill(stroke([[g.x - Math.cos(g.a) * 10, g.y - Math.sin(g.a) * 10], [g.x, g.y]], 1.8), C.goldDark);
    const grain = ellipse(g.x, g.y, 12, 6.4, g.a);
    shape(grain, C.gold, 1.3);
    fill([ellipse(g.x - Math.sin(g.a) * 1.6 + Math.cos(g.a) * 1.5, g.y + Math.cos(g.a) * 1.6 + Math.sin(g.a) * 1.5, 5.5, 2, g.a)], C.goldLight);
  }
}

/** Kapas: a branch bearing 8 open bolls, each three white lobes on a brown calyx, with leaves. */
function drawKapas(spine) {
  for (const [t, len, side] of [[0.17, 50, 1], [0.48, 40, -1], [0.74, 34, 1]]) {
    const p = along(spine, t);
    const tip = [p.x + p.tx * len * 0.7 + side * p.ty * len * 0.6, p.y + p.ty * len * 0.7 - side * p.tx * len * 0.6];
    shape(leaf(p.x, p.y, tip[0], tip[1], 9), C.greenLeaf, 1.2);
  }
  fill(stroke(spine, 3.4), C.calyx);
  for (let i = 0; i < 8; i++) {
    const t = 0.3 + i * 0.0975;
    const p = along(spine, Math.min(t, 1));
    const s = i % 2 === 0 ? 1 : -1;
    const a = Math.atan2(p.ty, p.tx) - s * rad(i === 7 ? 0 : 55);
    const d = i === 7 ? 12 : 18;
    const bx = p.x + Math.cos(a) * d;
    const by = p.y + Math.sin(a) * d;
    fill(stroke([[p.x, p.y], [bx, by]], 2), C.calyx);
    // Calyx: five pointed sepals behind the lobes.
    const sepals = [];
    for (let k = 0; k < 10; k++) {
      const r = k % 2 === 0 ? 16.5 : 7;
      const ang = a + rad(k * 36);
      sepals.push([bx + r * Math.cos(ang), by + r * Math.sin(ang)]);
    }
    shape(sepals, C.calyx, 1.1);
    const lobes = [0, 120, 240].map((deg) => {
      const ang = a + rad(deg);
      return circle(bx + Math.cos(ang) * 6, by + Math.sin(ang) * 6, 8.4);
    });
    fill(lobes.map(oriented), C.cotton);
    for (const lobe of lobes) fill(stroke(lobe, 1.1, true), hex('#8e8a7c'));
    fill(lobes.map((l) => oriented(l.map(([x, y]) => [lerp(x, bx, 0.08), lerp(y, by, 0.08)]))), C.cotton);
    fill([circle(bx, by, 2)], hex('#d9d3bf'));
  }
}

// --- letters: strokes in a box 1 high, y down -------------------------------------------------
const GLYPHS = {
  S: { w: 0.72, strokes: [[['M', 0.66, 0.17], ['C', 0.58, 0.02, 0.12, 0.0, 0.1, 0.26], ['C', 0.08, 0.48, 0.64, 0.44, 0.64, 0.72], ['C', 0.64, 1.0, 0.14, 1.02, 0.06, 0.8]]] },
  U: { w: 0.74, strokes: [[['M', 0.08, 0], ['L', 0.08, 0.64], ['C', 0.08, 1.03, 0.66, 1.03, 0.66, 0.64], ['L', 0.66, 0]]] },
  K: { w: 0.74, strokes: [[['M', 0.08, 0], ['L', 0.08, 1]], [['M', 0.68, 0], ['L', 0.1, 0.6]], [['M', 0.3, 0.38], ['L', 0.7, 1]]] },
  A: { w: 0.82, strokes: [[['M', 0.02, 1], ['L', 0.41, 0], ['L', 0.8, 1]], [['M', 0.17, 0.66], ['L', 0.65, 0.66]]] },
  M: { w: 0.9, strokes: [[['M', 0.06, 1], ['L', 0.06, 0], ['L', 0.45, 0.72], ['L', 0.84, 0], ['L', 0.84, 1]]] },
  J: { w: 0.62, strokes: [[['M', 0.54, 0], ['L', 0.54, 0.66], ['C', 0.54, 1.04, 0.04, 1.04, 0.02, 0.68]]] },
};

/** Draws text along an arc around (cx, cy), centred at the bottom, letters upright to the centre. */
function drawArcText(text, cx, cy, R, h, weight, gap, colour) {
  const widths = [...text].map((ch) => GLYPHS[ch].w * h);
  const total = widths.reduce((a, b) => a + b, 0) + gap * h * (text.length - 1);
  let s = -total / 2;
  [...text].forEach((ch, i) => {
    const mid = s + widths[i] / 2;
    const phi = mid / R;
    const ox = cx + R * Math.sin(phi);
    const oy = cy + R * Math.cos(phi);
    const tx = Math.cos(phi);
    const ty = -Math.sin(phi);
    const rx = Math.sin(phi);
    const ry = Math.cos(phi);
    for (const cmds of GLYPHS[ch].strokes) {
      const line = path(cmds).map(([u, v]) => {
        const a = (u - GLYPHS[ch].w / 2) * h;
        const b = (v - 0.5) * h;
        return [ox + a * tx + b * rx, oy + a * ty + b * ry];
      });
      fill(stroke(line, weight), colour);
    }
    s += widths[i] + gap * h;
  });
}

/** The ribbon: a band on a shallow arc, with folded, swallow-tailed ends behind it. */
function drawRibbon(text) {
  const cy = -330;
  const R = 950;
  const half = 26;
  const ang = (x) => Math.asin((x - CX) / R);
  const at = (x, r) => {
    const a = ang(x);
    return [CX + r * Math.sin(a), cy + r * Math.cos(a)];
  };
  const band = (x0, x1, r0, r1) => {
    const pts = [];
    for (let x = x0; x <= x1; x += 4) pts.push(at(x, r1));
    for (let x = x1; x >= x0; x -= 4) pts.push(at(x, r0));
    return oriented(pts);
  };
  // Tails: lower and outside the band, with a notch.
  for (const s of [-1, 1]) {
    const inner = CX + s * 196;
    const outer = CX + s * 272;
    const drop = 26;
    const [ix0, iy0] = at(inner, R - half);
    const [ix1, iy1] = at(inner, R + half);
    const [ox0, oy0] = at(outer, R - half);
    const [ox1, oy1] = at(outer, R + half);
    const tail = oriented([
      [ix0, iy0 + drop],
      [ox0, oy0 + drop],
      [ox0 - s * 20, (oy0 + oy1) / 2 + drop],
      [ox1, oy1 + drop],
      [ix1, iy1 + drop],
    ]);
    shape(tail, C.ribbonBack, 1.8);
    // The fold: a dark triangle joining the tail to the band.
    const [fx, fy] = at(CX + s * 214, R + half);
    shape(oriented([[ix0, iy0 + drop], [fx, fy], [ix1, iy1 + drop]]), C.ribbonFold, 1.6);
  }
  const front = band(CX - 214, CX + 214, R - half, R + half);
  shape(front, C.ribbon, 2.2);
  for (const r of [R - half + 5, R + half - 5]) fill(stroke(band(CX - 209, CX + 209, r, r).slice(0, 105), 1.3), C.goldDark);
  drawArcText(text, CX, cy, R, 31, 5, 0.34, C.greenDark);
}

/**
 * The red-and-white bow (pita merah putih) tying the stalks where they cross: two loops and two
 * tails, each halved lengthwise into red and white.
 */
function drawBow(cx, cy) {
  const halves = (ax, ay, bx, by) => (x, y) => ((bx - ax) * (y - ay) - (by - ay) * (x - ax) < 0 ? C.red : C.white);
  for (const s of [-1, 1]) {
    const tail = oriented([[cx + s * 3, cy + 2], [cx + s * 22, cy + 34], [cx + s * 13, cy + 31], [cx + s * 9, cy + 40], [cx - s * 5, cy + 6]]);
    shape(tail, halves(cx, cy, cx + s * 16, cy + 38), 1.3);
  }
  for (const s of [-1, 1]) {
    const loop = oriented(path([['M', cx, cy], ['C', cx + s * 12, cy - 20, cx + s * 34, cy - 16, cx + s * 32, cy - 2], ['C', cx + s * 30, cy + 10, cx + s * 12, cy + 12, cx, cy]]));
    shape(loop, halves(cx, cy - 4, cx + s * 32, cy - 6), 1.3);
  }
  shape(ellipse(cx, cy - 1, 6.5, 7.5, 0), C.red, 1.3);
}

// 1. Shield, 2. medallion, wreath, bow and star inside it, 3. ribbon over the tip.
const field = drawShield();
withClip([field], () => {
  const mx = CX;
  const my = 360;
  drawMedallion(mx, my, 108);
  drawPadi(arc(mx, my, 152, -192, -27));
  drawKapas(arc(mx, my, 152, 192, 27));
  drawBow(CX, my + 150);
  drawStar(CX, 166, 50);
});
drawRibbon('SUKAMAJU');

// --- downsample and encode -------------------------------------------------------------------
const rgba = new Uint8Array(W * H * 4);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let j = 0; j < SS; j++) {
      for (let i = 0; i < SS; i++) {
        const k = ((y * SS + j) * SW + x * SS + i) * 4;
        const sa = buf[k + 3];
        r += buf[k] * sa;
        g += buf[k + 1] * sa;
        b += buf[k + 2] * sa;
        a += sa;
      }
    }
    const o = (y * W + x) * 4;
    if (a > 0) {
      rgba[o] = Math.round(r / a);
      rgba[o + 1] = Math.round(g / a);
      rgba[o + 2] = Math.round(b / a);
    }
    rgba[o + 3] = Math.round(a / (SS * SS));
  }
}

writeFileSync(out, encodePng(rgba, W, H));
console.log(`${out} (${W}x${H})`);

function encodePng(pixels, width, height) {
  // Filter each row with the PNG filter that gives the smallest sum of bytes (deterministic).
  const stride = width * 4;
  const raw = new Uint8Array((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    let bestSum = Infinity;
    for (let f = 0; f < 5; f++) {
      let sum = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= 4 ? row[i - 4] : 0;
        const b = up[i];
        const c = i >= 4 ? up[i - 4] : 0;
        const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (row[i] - pred) & 0xff;
        candidate[i] = v;
        sum += v < 128 ? v : 256 - v;
      }
      if (sum < bestSum) {
        bestSum = sum;
        raw[y * (stride + 1)] = f;
        raw.set(candidate, y * (stride + 1) + 1);
      }
    }
  }
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const chunks = [chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Buffer.concat([Buffer.from(signature), ...chunks]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
