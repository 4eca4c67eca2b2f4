import {call, login, logout, account, $, show} from './api.js';
import {LineChart} from './chart.js';

// What the live charts show: trace types of the RAN (AROMA) and the mesh (CARMNET), per group.
const CHARTS = [
  {id: 'records', title: 'trace records per simulated second, by type', type: null, field: 'count'},
  {id: 'cell-load', title: 'cell load per technology (resource utilisation)', type: 'CellLoadRecord',
   field: 'resourceUtilisation'},
  {id: 'class-rate', title: 'served rate per technology [bit/s]', type: 'CellLoadRecord', field: 'servedRateBps'},
  {id: 'flow-rate', title: 'goodput per flow [bit/s]', type: 'FlowSample', field: 'goodputBps'},
  {id: 'uut', title: 'user under test: RAN, CQI, pilot C/I [dB], delivered kbit', type: 'UutWindowRecord',
   fields: {ran: 1, cqi: 1, pilotCirDb: 1, deliveredBits: 1e-3}},
  {id: 'handovers', title: 'handovers per simulated second', type: 'HandoverRecord', field: 'count'},
  {id: 'balances', title: 'Denarii balances [minor units]', type: 'BalanceSample', field: 'balanceMinor'},
];
const charts = new Map();
let live = null;
let liveId = null;

function setUp() {
  const box = $('charts');
  box.innerHTML = '';
  charts.clear();
  for (const c of CHARTS) {
    const canvas = document.createElement('canvas');
    canvas.id = 'chart-' + c.id;
    canvas.width = 820;
    canvas.height = 190;
    canvas.dataset.points = '0';
    box.appendChild(canvas);
    charts.set(c.id, new LineChart(canvas, c.title, 's'));
  }
}

function onSecond(a) {
  const counts = {};
  for (const [key, agg] of Object.entries(a.types)) {
    const [type, group] = key.split(/\/(.*)/s);
    counts[type] = (counts[type] || 0) + agg.count;
    for (const c of CHARTS) {
      if (c.type !== type) continue;
      const chart = charts.get(c.id);
      if (c.fields) {
        for (const [f, scale] of Object.entries(c.fields)) chart.add(f, a.second, agg.means[f] * scale);
      } else if (c.field === 'count') {
        chart.add(group || type, a.second, agg.count);
      } else {
        chart.add(group || type, a.second, agg.means[c.field]);
      }
    }
  }
  const rec = charts.get('records');
  for (const [type, n] of Object.entries(counts)) rec.add(type, a.second, n);
  for (const ch of charts.values()) ch.draw();
}

function watch(id) {
  if (live) live.close();
  liveId = id;
  $('live-id').textContent = id;
  setUp();
  live = new EventSource(`/api/runs/${id}/live`);
  live.addEventListener('second', e => onSecond(JSON.parse(e.data)));
  live.addEventListener('end', () => { live.close(); refresh(); });
}

const SVG = 'http://www.w3.org/2000/svg';

async function drawMap(id) {
  let t;
  try { t = await call('GET', `/api/runs/${id}/topology`); } catch (e) { return; }
  const svg = $('map');
  svg.innerHTML = '';
  if (!t.nodes.length) return;
  const xs = t.nodes.map(n => n.xM), ys = t.nodes.map(n => n.yM);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const w = svg.width.baseVal.value - 180, h = svg.height.baseVal.value - 60;
  const s = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1));
  const pos = new Map(t.nodes.map(n => [n.name, [40 + (n.xM - x0) * s, 30 + h - (n.yM - y0) * s]]));
  for (const hop of t.hops) {
    const a = pos.get(hop.from), b = pos.get(hop.to);
    if (!a || !b) continue;
    const l = document.createElementNS(SVG, 'line');
    Object.entries({x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: '#d62728', 'stroke-width': 2})
      .forEach(([k, v]) => l.setAttribute(k, v));
    svg.appendChild(l);
  }
  for (const n of t.nodes) {
    const [x, y] = pos.get(n.name);
    const c = document.createElementNS(SVG, 'circle');
    Object.entries({cx: x, cy: y, r: 6, fill: n.role === 'carmnet' ? '#1f77b4' : '#2ca02c'})
      .forEach(([k, v]) => c.setAttribute(k, v));
    svg.appendChild(c);
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', x + 8);
    label.setAttribute('y', y - 8);
    label.setAttribute('font-size', '11');
    label.textContent = `${n.name} (${n.role})`;
    svg.appendChild(label);
  }
}

async function control(id, verb) {
  try {
    await call('POST', `/api/runs/${id}/${verb}`);
    if (verb === 'start') watch(id);
  } catch (e) {
    show('scenario-msg', e.message, true);
  }
  refresh();
}

async function refresh() {
  let runs;
  try { runs = await call('GET', '/api/runs'); } catch (e) { return; }
  const body = $('runs').querySelector('tbody');
  body.innerHTML = '';
  for (const r of runs) {
    const tr = document.createElement('tr');
    tr.id = 'run-' + r.id;
    const late = r.tickLateness && r.tickLateness.lateTicks !== undefined ? r.tickLateness.lateTicks : '';
    for (const v of [r.id, r.name, r.state, r.simulatedS.toFixed(1), r.wallS.toFixed(1), late, r.outcome || '']) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.appendChild(td);
    }
    const td = document.createElement('td');
    for (const verb of ['start', 'pause', 'resume', 'stop']) {
      const b = document.createElement('button');
      b.textContent = verb;
      b.id = `${verb}-${r.id}`;
      b.onclick = () => control(r.id, verb);
      td.appendChild(b);
    }
    const w = document.createElement('button');
    w.textContent = 'watch';
    w.onclick = () => watch(r.id);
    td.appendChild(w);
    tr.appendChild(td);
    body.appendChild(tr);
    if (r.id === liveId) {
      $('live-state').textContent = `(${r.state}, ${r.simulatedS.toFixed(1)} s simulated)`;
      drawMap(r.id);
    }
  }
}

async function enter() {
  $('login-section').classList.add('hidden');
  $('main').classList.remove('hidden');
  $('who').textContent = account();
  await refresh();
}

$('login').onclick = async () => {
  try {
    const a = await login($('name').value, $('password').value);
    if (a.role !== 'operator') { show('login-msg', 'this page is for operators; see the user page', true); return; }
    await enter();
  } catch (e) { show('login-msg', e.message, true); }
};
$('logout').onclick = async () => { await logout(); location.reload(); };
$('file').onchange = async e => { $('scenario').value = await e.target.files[0].text(); };
$('validate').onclick = async () => {
  try {
    const v = await call('POST', '/api/validate', $('scenario').value, 'application/yaml');
    show('scenario-msg', `valid: ${v.name}, ${v.durationS} s, ${v.clock} clock, ${v.sections.join(', ')}`);
  } catch (e) { show('scenario-msg', e.message, true); }
};
$('create').onclick = async () => {
  try {
    const r = await call('POST', '/api/runs', $('scenario').value, 'application/yaml');
    show('scenario-msg', `created run ${r.id}`);
    refresh();
  } catch (e) { show('scenario-msg', e.message, true); }
};
setInterval(() => { if (account()) refresh(); }, 1000);
if (account() && sessionStorage.getItem('carma.role') === 'operator') enter();
