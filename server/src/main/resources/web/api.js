// A small client of the carma API: the session cookie plus the CSRF token of the login answer.
const CSRF = 'carma.csrf';

export async function call(method, path, body, contentType = 'application/json') {
  const headers = {};
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = sessionStorage.getItem(CSRF) || '';
  }
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  const r = await fetch(path, {method, headers, body, credentials: 'same-origin'});
  const text = await r.text();
  const json = text ? JSON.parse(text) : null;
  if (!r.ok) {
    const problems = (json && json.problems || []).map(p => `${p.path} (line ${p.line}): ${p.problem}`);
    const e = new Error([json ? json.error : r.statusText, ...problems].join('\n'));
    e.status = r.status;
    throw e;
  }
  return json;
}

export async function login(name, password) {
  const a = await call('POST', '/api/login', JSON.stringify({name, password}));
  sessionStorage.setItem(CSRF, a.csrfToken);
  sessionStorage.setItem('carma.account', a.account);
  sessionStorage.setItem('carma.role', a.role);
  return a;
}

export async function logout() {
  try { await call('POST', '/api/logout'); } finally { sessionStorage.clear(); }
}

export function account() {
  return sessionStorage.getItem('carma.account');
}

export function $(id) {
  return document.getElementById(id);
}

export function show(id, text, isError = false) {
  const el = $(id);
  el.textContent = text;
  el.className = isError ? 'error' : 'ok';
}
