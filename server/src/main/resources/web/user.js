import {call, login, logout, account, $, show} from './api.js';

const MINOR_PER_DENARIUS = 1e6; // Denarii are kept in micro-Denarii (docs/models.md, Denarii)
let profile = null;

function cell(tr, content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.appendChild(content); else td.textContent = content;
  tr.appendChild(td);
}

function input(id, value) {
  const i = document.createElement('input');
  i.id = id;
  i.value = value;
  i.size = 8;
  return i;
}

function renderProfile() {
  const body = $('profile').querySelector('tbody');
  body.innerHTML = '';
  for (const [type, c] of Object.entries(profile)) {
    const tr = document.createElement('tr');
    cell(tr, type);
    const sel = document.createElement('select');
    sel.id = `${type}-utility`;
    for (const u of ['log', 'sigmoid']) {
      const o = document.createElement('option');
      o.value = o.textContent = u;
      o.selected = c.utility === u;
      sel.appendChild(o);
    }
    cell(tr, sel);
    cell(tr, input(`${type}-weight`, c.weight));
    cell(tr, input(`${type}-rate`, c.utility === 'log' ? c.x0Kbps : c.requiredKbps));
    cell(tr, input(`${type}-delay`, c.delayTargetMs));
    cell(tr, input(`${type}-maxdelay`, c.maxDelayMs));
    body.appendChild(tr);
  }
}

function readProfile() {
  const out = {};
  for (const type of Object.keys(profile)) {
    const utility = $(`${type}-utility`).value;
    const c = {utility, weight: Number($(`${type}-weight`).value),
      delayTargetMs: Number($(`${type}-delay`).value), maxDelayMs: Number($(`${type}-maxdelay`).value)};
    c[utility === 'log' ? 'x0Kbps' : 'requiredKbps'] = Number($(`${type}-rate`).value);
    out[type] = c;
  }
  return out;
}

async function load() {
  const me = account();
  $('who').textContent = me;
  const b = await call('GET', `/api/users/${me}/balance`);
  $('balance').textContent = (b.balanceMinor / MINOR_PER_DENARIUS).toFixed(6);
  $('balance').dataset.minor = b.balanceMinor;
  profile = await call('GET', `/api/users/${me}/profile`);
  renderProfile();
  const t = await call('GET', `/api/users/${me}/traffic`);
  const body = $('traffic').querySelector('tbody');
  body.innerHTML = '';
  for (const f of t.flows) {
    const tr = document.createElement('tr');
    for (const v of [f.runId, f.flow, f.trafficClass, f.packetsReceived, (f.bytesReceived / 1000).toFixed(1),
      (f.runPaidMinor / MINOR_PER_DENARIUS).toFixed(6)]) cell(tr, v);
    body.appendChild(tr);
  }
}

async function enter() {
  $('login-section').classList.add('hidden');
  $('main').classList.remove('hidden');
  await load();
}

$('login').onclick = async () => {
  try { await login($('name').value, $('password').value); await enter(); }
  catch (e) { show('login-msg', e.message, true); }
};
$('logout').onclick = async () => { await logout(); location.reload(); };
$('save').onclick = async () => {
  try {
    profile = await call('PUT', `/api/users/${account()}/profile`, JSON.stringify(readProfile()));
    renderProfile();
    show('profile-msg', 'saved');
  } catch (e) { show('profile-msg', e.message, true); }
};
if (account()) enter().catch(() => sessionStorage.clear());
