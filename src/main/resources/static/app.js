'use strict';
/* 权责 web page: plain JavaScript, no build step, no external resources. */
(function () {
  const API = 'api/v1';
  const VERDICT_WORDS = { PERMITTED: '可以', CONDITIONAL: '有条件可以', NOT_PERMITTED: '不可以', UNDETERMINED: '无法判断', PASS: '通过', FAIL: '不通过' };
  const ACT_WORDS = { APPROVE: '审批', REVIEW: '审核', FORWARD: '转报', FILE: '受理备案', INSPECT: '检查', PENALIZE: '处罚', ENFORCE: '行政强制', PAY: '给付', CONFIRM: '确认', ADJUDICATE: '裁决', MEDIATE: '调解', HANDLE: '处理', ISSUE_NORMATIVE_DOCUMENT: '制定行政规范性文件' };
  const SEVERITY_WORDS = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  async function call(method, path, body, isForm) {
    const opts = { method, headers: { Accept: 'application/json, application/problem+json' } };
    if (body !== undefined) {
      if (isForm) opts.body = body;
      else { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
    }
    let res;
    try { res = await fetch(path, opts); } catch (e) { throw new Error('无法连接服务，请确认服务已启动。'); }
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
    if (!res.ok) throw new Error((data && data.detail) || ('请求失败（HTTP ' + res.status + '）'));
    return data;
  }
  function showError(el, msg) { el.textContent = msg || ''; el.hidden = !msg; }

  /* ---------- tabs ---------- */
  const tabs = Array.from(document.querySelectorAll('[role=tab]'));
  function selectTab(tab, focus) {
    tabs.forEach((t) => {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    });
    if (focus) tab.focus();
    if (tab.id === 'tab-browse') loadCatalogue();
  }
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => { selectTab(t); if (t.id !== 'tab-browse' && location.hash) history.replaceState(null, '', location.pathname); });
    t.addEventListener('keydown', (e) => {
      let j = null;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
      if (e.key === 'Home') j = 0;
      if (e.key === 'End') j = tabs.length - 1;
      if (j !== null) { e.preventDefault(); selectTab(tabs[j], true); }
    });
  });

  /* ---------- bodies (autocomplete) ---------- */
  call('GET', API + '/bodies').then((bodies) => {
    const dl = $('bodies-list');
    const seen = new Set();
    const add = (value, label) => {
      if (seen.has(value)) return; seen.add(value);
      const o = document.createElement('option'); o.value = value; if (label) o.label = label; dl.appendChild(o);
    };
    bodies.forEach((b) => add(b.name));
    bodies.forEach((b) => (b.aliases || []).forEach((a) => add(a, b.name)));
  }).catch(() => {});
  call('GET', API + '/catalogue').then((c) => { $('catalogue-info').textContent = '（版本 ' + c.version + '，共 ' + c.itemCount + ' 项）'; }).catch(() => {});

  /* ---------- 权限查询 ---------- */
  const askForm = $('ask-form');
  function triValue(name) { const el = askForm.querySelector('input[name=' + name + ']:checked'); return el && el.value !== '' ? el.value === 'true' : null; }
  function buildRequest(itemIdOverride) {
    const req = { body: $('ask-body').value.trim() };
    const q = $('ask-query').value.trim(); if (q) req.query = q;
    const item = itemIdOverride || $('ask-item').value.trim(); if (item) req.itemId = Number(item);
    const act = $('ask-action').value; if (act) req.action = act;
    const facts = {};
    const loc = $('f-location').value.trim(); if (loc) facts.location = loc;
    if ($('f-party').value) facts.partyType = $('f-party').value;
    const kind = $('f-penalty').value; const amount = $('f-amount').value;
    if (kind || amount) { facts.penalty = {}; if (kind) facts.penalty.kind = kind; if (amount) facts.penalty.amountYuan = Number(amount); }
    ['emergency', 'orderedToCorrect', 'deadlinePassed'].forEach((n) => { const v = triValue(n); if (v !== null) facts[n] = v; });
    if (Object.keys(facts).length) req.facts = facts;
    return req;
  }
  async function ask(itemIdOverride) {
    showError($('ask-error'), '');
    const req = buildRequest(itemIdOverride);
    if (!req.body) { showError($('ask-error'), '请填写行为机关。'); $('ask-body').focus(); return; }
    $('ask-submit').disabled = true;
    try {
      const d = await call('POST', API + '/decisions', req);
      renderDecision(d);
    } catch (e) { showError($('ask-error'), e.message); $('answer').innerHTML = ''; }
    finally { $('ask-submit').disabled = false; }
  }
  askForm.addEventListener('submit', (e) => { e.preventDefault(); ask(); });
  askForm.addEventListener('reset', () => { $('answer').innerHTML = ''; showError($('ask-error'), ''); });

  function list(items, fn) { return '<ul>' + items.map((x) => '<li>' + fn(x) + '</li>').join('') + '</ul>'; }
  function renderDecision(d) {
    const v = d.verdict;
    let h = '<article class="card answer" id="answer-card" tabindex="-1" aria-label="查询结果">';
    h += '<h2><span class="verdict v-' + esc(v) + '" id="verdict">' + esc(VERDICT_WORDS[v] || v) + '</span> <span class="code">' + esc(v) + '</span></h2>';
    if (d.body) h += '<p>行为机关：<strong>' + esc(d.body.name || d.body.input) + '</strong>' + (d.body.name && d.body.input !== d.body.name ? '（输入：' + esc(d.body.input) + '）' : '') + (d.act ? '　拟作出的行为：' + esc(ACT_WORDS[d.act] || d.act) : '') + '</p>';
    if (d.item) h += '<p id="answer-item">清单事项：<strong>第' + esc(d.item.id) + '项</strong>〔' + esc(d.item.type) + '〕' + esc(d.item.name) + ' <a href="#item/' + esc(d.item.id) + '">查看事项</a></p>';
    if (d.reasons && d.reasons.length) h += '<h3>理由</h3>' + list(d.reasons, (r) => esc(r.message) + '<span class="code">' + esc(r.code) + '</span>');
    if (d.conditions && d.conditions.length) h += '<h3>须核实的条件</h3>' + list(d.conditions, (c) => esc(c.message) + '<span class="code">' + esc(c.code) + '</span>');
    if (d.basis && d.basis.length) h += '<h3>依据</h3>' + list(d.basis, (b) => esc(b.citation));
    if (d.advice && d.advice.length) h += '<h3>建议</h3>' + list(d.advice, esc);
    if (d.candidates && d.candidates.length) {
      h += '<h3>相近事项（点击按该事项重新查询）</h3><div class="candidates">' + d.candidates.map((c) =>
        '<button type="button" data-item="' + esc(c.id) + '">第' + esc(c.id) + '项　' + esc(c.name) + '</button>').join('') + '</div>';
    }
    if (d.rulesFired && d.rulesFired.length) h += '<details><summary>触发的规则（' + d.rulesFired.length + '）</summary>' + list(d.rulesFired, esc) + '</details>';
    if (d.catalogue) h += '<p class="muted">数据：' + esc(d.catalogue.name) + '（版本 ' + esc(d.catalogue.version) + '，SHA-256 ' + esc(String(d.catalogue.sha256).slice(0, 12)) + '…）</p>';
    h += '</article>';
    $('answer').innerHTML = h;
    $('answer').querySelectorAll('.candidates button').forEach((b) => b.addEventListener('click', () => {
      $('ask-item').value = b.dataset.item; ask(b.dataset.item);
    }));
    $('answer-card').focus();
  }

  /* ---------- 清单浏览 ---------- */
  let items = null;
  let loading = null;
  function loadCatalogue() {
    if (loading) return loading;
    loading = Promise.all([call('GET', API + '/catalogue/items'), call('GET', API + '/issuers')]).then(([its, issuers]) => {
      items = its;
      const types = [...new Set(items.map((i) => i.type))];
      const sel = $('browse-type');
      types.forEach((t) => { const o = document.createElement('option'); o.value = t; o.textContent = t + '（' + items.filter((i) => i.type === t).length + '）'; sel.appendChild(o); });
      renderItems();
      renderIssuers(issuers);
    }).catch((e) => { loading = null; $('browse-count').textContent = e.message; });
    return loading;
  }
  function filtered() {
    const t = $('browse-type').value; const q = $('browse-q').value.trim();
    return items.filter((i) => (!t || i.type === t) && (!q || String(i.id) === q || i.name.includes(q) || (i.basisText || '').includes(q)));
  }
  function renderItems() {
    if (!items) return;
    const f = filtered();
    $('browse-count').textContent = '共 ' + f.length + ' 项（清单共 ' + items.length + ' 项）';
    $('item-list').innerHTML = f.map((i) => '<li><button type="button" data-id="' + i.id + '"><span class="num">第' + i.id + '项</span><span class="type">〔' + esc(i.type) + '〕</span>' + esc(i.name) + '</button></li>').join('');
    $('item-list').querySelectorAll('button').forEach((b) => b.addEventListener('click', () => { location.hash = 'item/' + b.dataset.id; }));
  }
  $('browse-type').addEventListener('change', renderItems);
  $('browse-q').addEventListener('input', renderItems);
  async function showItem(id) {
    selectTab($('tab-browse'));
    await loadCatalogue();
    let it = items && items.find((i) => i.id === id);
    const box = $('item-detail');
    if (!it) { box.innerHTML = '<p class="error">清单中没有第 ' + esc(id) + ' 项。</p>'; return; }
    $('item-list').querySelectorAll('button').forEach((b) => b.setAttribute('aria-current', String(Number(b.dataset.id) === id)));
    let h = '<h2 id="item-title">第' + it.id + '项　〔' + esc(it.type) + '〕</h2><p><strong>' + esc(it.name) + '</strong></p>';
    h += '<h3>依据（逐条解析）</h3>' + list(it.basis || [], (b) => esc(b.citation) + (b.provisions && b.provisions.length ? '<span class="code">' + esc(b.source) + '：' + esc(b.provisions.join('、')) + '</span>' : ''));
    h += '<details><summary>职权依据原文</summary><p>' + esc(it.basisText) + '</p></details>';
    if (it.acts && it.acts.length) h += '<p class="muted">可作出的行为：' + esc((it.actLabels || it.acts).join('、')) + '</p>';
    if (it.conditions && it.conditions.length) h += '<p class="muted">条件：' + esc((it.conditionWords || it.conditions).join('、')) + '</p>';
    if (it.exclusions && it.exclusions.length) h += '<p class="muted">除外：' + esc(it.exclusions.join('；')) + '</p>';
    if (it.decidedBy) h += '<p class="muted">决定机关（据所引条款）：' + esc(it.decidedBy) + '</p>';
    h += '<p><button type="button" id="ask-this">就此事项查询权限</button></p>';
    box.innerHTML = h;
    $('ask-this').addEventListener('click', () => { $('ask-item').value = it.id; history.replaceState(null, '', location.pathname); selectTab($('tab-ask'), true); $('ask-body').focus(); });
  }
  function renderIssuers(issuers) {
    const groups = new Map();
    issuers.forEach((i) => { const k = i.categoryName; if (!groups.has(k)) groups.set(k, []); groups.get(k).push(i); });
    $('issuers').innerHTML = [...groups].map(([k, v]) => '<h3>' + esc(k) + '（' + v.length + '）</h3><p>' + v.map((i) => esc(i.name) + (i.vertical ? '<span class="code">垂直管理</span>' : '')).join('、') + '</p>').join('');
  }
  function route() {
    const m = /^#item\/(\d+)$/.exec(location.hash);
    if (m) showItem(Number(m[1]));
  }
  window.addEventListener('hashchange', route);
  route();

  /* ---------- 规范性文件审查 ---------- */
  $('vet-file').addEventListener('change', async (e) => {
    const f = e.target.files[0]; if (!f) return;
    showError($('vet-error'), '');
    const fd = new FormData(); fd.append('file', f);
    try {
      const r = await call('POST', API + '/vetting/extract', fd, true);
      $('vet-text').value = r.text;
      if (!$('vet-title').value) { const first = r.text.split('\n').map((s) => s.trim()).find((s) => s); if (first && first.length < 60) $('vet-title').value = first; }
    } catch (err) { showError($('vet-error'), err.message); }
  });
  $('vet-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    showError($('vet-error'), '');
    const draft = { issuer: $('vet-issuer').value.trim(), title: $('vet-title').value.trim(), text: $('vet-text').value };
    if ($('vet-number').value.trim()) draft.docNumber = $('vet-number').value.trim();
    if ($('vet-issue').value) draft.issueDate = $('vet-issue').value;
    if ($('vet-valid').value) draft.validUntil = $('vet-valid').value;
    draft.legalityReviewed = $('vet-reviewed').checked;
    $('vet-submit').disabled = true;
    try { renderReport(await call('POST', API + '/vetting', draft), draft); }
    catch (err) { showError($('vet-error'), err.message); $('vet-result').innerHTML = ''; }
    finally { $('vet-submit').disabled = false; }
  });
  function highlight(text, excerpts) {
    const ranges = [];
    excerpts.forEach((x, n) => {
      if (!x) return;
      let from = 0, at;
      while ((at = text.indexOf(x, from)) >= 0) { ranges.push([at, at + x.length, n]); from = at + x.length; }
    });
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '', pos = 0;
    ranges.forEach(([s, e, n]) => { if (s < pos) return; out += esc(text.slice(pos, s)) + '<mark id="ex-' + n + '">' + esc(text.slice(s, e)) + '</mark>'; pos = e; });
    return out + esc(text.slice(pos));
  }
  function renderReport(r, draft) {
    let h = '<article class="card answer" id="vet-card" tabindex="-1" aria-label="审查结果">';
    h += '<h2><span class="verdict v-' + esc(r.verdict) + '">' + esc(VERDICT_WORDS[r.verdict] || r.verdict) + '</span> <span class="code">' + esc(r.verdict) + '</span></h2>';
    if (r.issuer) h += '<p>制定机关：' + esc(r.issuer.name || r.issuer.input) + (r.issuer.listed ? '（列入制定主体清单：' + esc(r.issuer.category) + '）' : '（未列入制定主体清单）') + '</p>';
    h += '<h3>发现的问题（' + r.findings.length + '）</h3>';
    h += r.findings.length ? '<ol class="findings">' + r.findings.map((f, n) => '<li><span class="sev sev-' + esc(f.severity) + '">' + esc(SEVERITY_WORDS[f.severity] || f.severity) + '</span>' + esc(f.message) +
      '<span class="code">' + esc(f.code) + '</span>' + (f.excerpt ? '<br><span class="muted">原文：<a href="#ex-' + n + '">“' + esc(f.excerpt) + '”</a></span>' : '') + (f.basis ? '<br><span class="muted">依据：' + esc(f.basis) + '</span>' : '') + '</li>').join('') + '</ol>' : '<p>未发现问题。</p>';
    h += '<h3>正文（问题处已标出）</h3><div class="doctext" id="vet-doctext">' + highlight(draft.text, r.findings.map((f) => f.excerpt)) + '</div>';
    h += '<h3>审查意见 <button type="button" id="print-opinion" class="no-print">打印审查意见</button></h3><div class="opinion card" id="opinion">' + esc(r.opinion || '') + '</div>';
    h += '</article>';
    $('vet-result').innerHTML = h;
    $('print-opinion').addEventListener('click', () => window.print());
    $('vet-card').focus();
  }
})();
