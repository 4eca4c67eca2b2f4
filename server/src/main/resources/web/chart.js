// A line chart on a canvas: series of (x, y) points, axes with min/max labels, a legend.
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

export class LineChart {
  constructor(canvas, title, xLabel) {
    this.canvas = canvas;
    this.title = title;
    this.xLabel = xLabel;
    this.series = new Map();
    this.maxPoints = 600;
  }

  add(name, x, y) {
    if (!Number.isFinite(y)) return;
    if (!this.series.has(name)) this.series.set(name, []);
    const s = this.series.get(name);
    s.push([x, y]);
    if (s.length > this.maxPoints) s.shift();
    this.canvas.dataset.points = String(this.pointCount());
  }

  pointCount() {
    let n = 0;
    for (const s of this.series.values()) n += s.length;
    return n;
  }

  draw() {
    const c = this.canvas, g = c.getContext('2d');
    const w = c.width, h = c.height, left = 56, right = 150, top = 22, bottom = 28;
    g.clearRect(0, 0, w, h);
    g.fillStyle = '#222';
    g.font = '13px sans-serif';
    g.fillText(this.title, left, 15);
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const s of this.series.values()) for (const [x, y] of s) {
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
    g.strokeStyle = '#888';
    g.strokeRect(left, top, w - left - right, h - top - bottom);
    if (!Number.isFinite(x0)) return;
    if (y0 === y1) { y0 -= 1; y1 += 1; }
    if (x0 === x1) { x1 = x0 + 1; }
    const px = x => left + (x - x0) / (x1 - x0) * (w - left - right);
    const py = y => h - bottom - (y - y0) / (y1 - y0) * (h - top - bottom);
    g.fillStyle = '#444';
    g.font = '11px sans-serif';
    g.fillText(fmt(y1), 2, top + 8);
    g.fillText(fmt(y0), 2, h - bottom);
    g.fillText(`${fmt(x0)}`, left, h - 10);
    g.fillText(`${fmt(x1)} ${this.xLabel}`, w - right - 60, h - 10);
    let i = 0;
    for (const [name, s] of this.series) {
      const colour = COLOURS[i % COLOURS.length];
      g.strokeStyle = colour;
      g.beginPath();
      s.forEach(([x, y], k) => k ? g.lineTo(px(x), py(y)) : g.moveTo(px(x), py(y)));
      g.stroke();
      g.fillStyle = colour;
      g.fillText(name.slice(0, 24), w - right + 6, top + 12 + 14 * i);
      i++;
    }
  }
}

function fmt(v) {
  const a = Math.abs(v);
  return a >= 1e6 ? (v / 1e6).toFixed(1) + 'M' : a >= 1e3 ? (v / 1e3).toFixed(1) + 'k' : v.toFixed(a < 10 ? 2 : 0);
}
