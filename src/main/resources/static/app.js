'use strict';
/* 权责 web page: plain JavaScript, no build step, no external resources. */
(function () {
  const API = 'api/v1';
  /* Names of verdicts and acts come from catalog/vocabulary.tsv (GET /api/v1/vocabulary); vetting's own two stay here. */
  const VERDICT_WORDS = { PASS: '通过', FAIL: '不通过' };
  const ACT_WORDS = {};
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
  /* For the legal office: the stable codes and the rules behind an answer, folded away. */
  function codesBox(title, rows, rules) {
    if (!rows.length && !(rules && rules.length)) return '';
    let h = '<details class="legal"><summary>' + esc(title) + '</summary><table class="codes">';
    rows.forEach(([label, code]) => { h += '<tr><td>' + esc(label) + '</td><td><code>' + esc(code) + '</code></td></tr>'; });
    h += '</table>';
    if (rules && rules.length) h += '<p>触发的规则（' + rules.length + '）：</p>' + list(rules, esc);
    return h + '</details>';
  }
  /* Messages shared with the command line may name its flags (“（--item）”, “./quanze catalogue --json”); the page drops them. */
  const forPage = (s) => String(s == null ? '' : s).replace(/[（(][^（）()]*(?:--[a-z]|\.\/quanze)[^（）()]*[）)]/g, '')
    .replace(/\s*(?:\.\/quanze|--[a-z][a-z-]*)[^，。；、]*/g, '');
  const txt = (s) => esc(forPage(s));
  function showError(el, msg) { el.textContent = forPage(msg || ''); el.hidden = !msg; }

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
  const bodyNames = [];
  function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
      prev = cur;
    }
    return prev[b.length];
  }
  /* The nearest known name to a mistyped one (东治镇 → 东冶镇), as the command line suggests it. */
  function nearestBody(input) {
    const s = input.trim(); const limit = Math.max(1, Math.floor(s.length / 3));
    let best = null, bd = Infinity;
    bodyNames.forEach((n) => { const d = distance(s, n); if (n !== s && (d < bd || (d === bd && n.length < best.length))) { best = n; bd = d; } });
    return bd <= limit ? best : null;
  }
  call('GET', API + '/bodies').then((bodies) => {
    const dl = $('bodies-list');
    bodies.forEach((b) => { bodyNames.push(b.name); (b.aliases || []).forEach((a) => bodyNames.push(a)); });
    const seen = new Set();
    const add = (value, label) => {
      if (seen.has(value)) return; seen.add(value);
      const o = document.createElement('option'); o.value = value; if (label) o.label = label; dl.appendChild(o);
    };
    bodies.forEach((b) => add(b.name));
    bodies.forEach((b) => (b.aliases || []).forEach((a) => add(a, b.name)));
  }).catch(() => {});
  call('GET', API + '/vocabulary').then((v) => { Object.assign(VERDICT_WORDS, v.VERDICT); Object.assign(ACT_WORDS, v.ACT); }).catch(() => {});
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
    h += '<h2><span class="verdict v-' + esc(v) + '" id="verdict">' + esc(VERDICT_WORDS[v] || '结论') + '</span> <button type="button" id="print-answer" class="no-print small">打印</button></h2>';
    const unknownBody = (d.reasons || []).some((r) => r.code === 'UNKNOWN_BODY');
    const suggestion = unknownBody ? nearestBody(d.body ? d.body.input : $('ask-body').value) : null;
    if (suggestion) h += '<p class="suggest no-print">没有找到机构“' + esc(d.body ? d.body.input : '') + '”，是不是 <button type="button" id="use-suggestion" data-body="' + esc(suggestion) + '">' + esc(suggestion) + '</button>？</p>';
    if (d.asks && d.asks.length) {
      h += '<h3>本条共问 ' + d.asks.length + ' 件事，逐一作答</h3><p class="muted">总结论取其中最严的一问，以下理由即那一问的。</p>' + list(d.asks, (a) =>
        esc(a.question) + ' → <strong>' + (a.verdict ? esc(VERDICT_WORDS[a.verdict] || a.verdict) + (a.item ? '（第' + esc(a.item.id) + '项）' : '') : '不涉及职权，未作答') + '</strong>');
    }
    if (d.body) h += '<p>行为机关：<strong>' + esc(d.body.name || d.body.input) + '</strong>' + (d.body.name && d.body.input !== d.body.name ? '（输入：' + esc(d.body.input) + '）' : '') + (d.act ? '　拟作出的行为：' + esc(ACT_WORDS[d.act] || d.act) : '') + '</p>';
    if (d.item) h += '<p id="answer-item">清单事项：<strong>第' + esc(d.item.id) + '项</strong>〔' + esc(d.item.type) + '〕' + esc(d.item.name) + ' <a class="no-print" href="#item/' + esc(d.item.id) + '">查看事项</a></p>';
    if (d.reasons && d.reasons.length) h += '<h3>理由</h3>' + list(d.reasons, (r) => txt(r.message));
    if (d.conditions && d.conditions.length) h += '<h3>须核实的条件</h3>' + list(d.conditions, (c) => txt(c.message));
    if (d.basis && d.basis.length) h += '<h3>依据</h3>' + list(d.basis, (b) => esc(b.citation));
    if (d.advice && d.advice.length) h += '<h3>建议</h3>' + list(d.advice, txt);
    if (d.candidates && d.candidates.length) {
      h += '<h3 class="no-print">相近事项（点击按该事项重新查询）</h3><div class="candidates no-print">' + d.candidates.map((c) =>
        '<button type="button" data-item="' + esc(c.id) + '">第' + esc(c.id) + '项　' + esc(c.name) + '</button>').join('') + '</div>';
    }
    h += codesBox('供法制机构核对：代码和规则', [['结论', v]].concat((d.reasons || []).map((r) => ['理由', r.code]),
      (d.conditions || []).map((c) => ['条件', c.code + (c.fact ? '（' + c.fact + '）' : '')])),
      (d.rules || []).filter((r) => r.effect !== 'COMBINE').map((r) => r.title + '（' + r.name + '）'));
    if (d.catalogue) h += '<p class="muted">数据：' + esc(d.catalogue.name) + '（版本 ' + esc(d.catalogue.version) + '<span class="no-print">，SHA-256 ' + esc(String(d.catalogue.sha256).slice(0, 12)) + '…</span>）</p>';
    h += '</article>';
    $('answer').innerHTML = h;
    $('print-answer').addEventListener('click', () => window.print());
    if ($('use-suggestion')) $('use-suggestion').addEventListener('click', (e) => { $('ask-body').value = e.target.dataset.body; ask(); });
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
  async function downloadOpinion(draft) {
    const status = $('docx-status');
    status.textContent = '正在生成…';
    const q = new URLSearchParams();
    if ($('op-office').value.trim()) q.set('office', $('op-office').value.trim());
    if ($('op-number').value.trim()) q.set('number', $('op-number').value.trim());
    try {
      const res = await fetch(API + '/vetting/opinion.docx?' + q, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(draft) });
      if (!res.ok) { let m = '生成失败（HTTP ' + res.status + '）'; try { m = (await res.json()).detail || m; } catch (e) { /* keep */ } throw new Error(m); }
      const blob = await res.blob();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = '合法性审查意见书-' + (draft.title || '草案').slice(0, 30) + '.docx';
      a.id = 'docx-link';
      a.textContent = '已生成：' + a.download;
      status.textContent = '';
      status.appendChild(a);
      a.click();
    } catch (e) { status.textContent = forPage(e.message); }
  }
  function renderReport(r, draft) {
    let h = '<article class="card answer" id="vet-card" tabindex="-1" aria-label="审查结果">';
    h += '<h2><span class="verdict v-' + esc(r.verdict) + '">' + esc(VERDICT_WORDS[r.verdict] || '结论') + '</span></h2>';
    if (r.issuer) h += '<p>制定机关：' + esc(r.issuer.name || r.issuer.input) + (r.issuer.listed ? '（列入制定主体清单：' + esc(r.issuer.category) + '）' : '（未列入制定主体清单）') + '</p>';
    h += '<h3>发现的问题（' + r.findings.length + '）</h3>';
    h += r.findings.length ? '<ol class="findings">' + r.findings.map((f, n) => '<li><span class="sev sev-' + esc(f.severity) + '">' + esc(SEVERITY_WORDS[f.severity] || f.severity) + '</span>' + txt(f.message) +
      (f.excerpt ? '<br><span class="muted">原文：<a href="#ex-' + n + '">“' + esc(f.excerpt) + '”</a></span>' : '') + (f.basis ? '<br><span class="muted">依据：' + esc(f.basis) + '</span>' : '') + '</li>').join('') + '</ol>' : '<p>未发现问题。</p>';
    h += codesBox('供法制机构核对：代码和规则', [['结论', r.verdict]].concat(r.findings.map((f) => [SEVERITY_WORDS[f.severity] || '问题', f.code])), r.rulesFired);
    h += '<h3>正文（问题处已标出）</h3><div class="doctext" id="vet-doctext">' + highlight(draft.text, r.findings.map((f) => f.excerpt)) + '</div>';
    h += '<section id="opinion-block"><h3 class="no-print">审查意见</h3>';
    h += '<div class="row inline no-print"><label for="op-office">审查机关</label><input id="op-office" placeholder="如：五台县司法局">' +
      '<label for="op-number">编号</label><input id="op-number" placeholder="如：五司审〔2024〕1号"></div>';
    h += '<p class="no-print"><button type="button" id="print-opinion">打印审查意见</button> <button type="button" id="docx-opinion">下载审查意见书（Word）</button> <span id="docx-status" role="status"></span></p>';
    h += '<div class="opinion card" id="opinion">' + esc(r.opinion || '') + '</div></section>';
    h += '</article>';
    $('vet-result').innerHTML = h;
    $('print-opinion').addEventListener('click', () => window.print());
    $('docx-opinion').addEventListener('click', () => downloadOpinion(draft));
    $('vet-card').focus();
  }
})();
