/*
 * 培训测验 page script (no dependencies). It calls only these two endpoints, which the web app exposes over
 * cn.quanze.quiz.QuizService (plain Java; no HTTP in the quiz package):
 *
 * GET /api/v1/quiz?count=10&seed=1&kinds=SCENARIO,ISSUER&difficulty=normal&topic=行政处罚
 *   → QuizService.paper(new QuizSpec(count, seed, QuizSpec.parseKinds(kinds), Difficulty.parse(difficulty), topic))
 *   count 1–2000 (default 10), seed any long (default 1), kinds optional (all), difficulty easy|normal|hard, topic optional.
 *   A bad parameter (IllegalArgumentException) should be answered 400 {"error": message}.
 *   200 application/json (no keys, no feedback, no explanations):
 *   {
 *     "title": "五台县乡镇权责培训测验",
 *     "catalogue": "五台县乡镇权责清单（2023年版）",
 *     "count": 10, "seed": 1, "kinds": ["SCENARIO","BASIS","TYPE","ISSUER"], "difficulty": "NORMAL", "topic": null,
 *     "questions": [
 *       { "id": "Q1", "kind": "SCENARIO", "kindLabel": "情景判断",
 *         "text": "东冶镇执法人员在巡查中发现村民王某……拟当场对其罚款五百元。这是否在乡镇权限内？",
 *         "options": [ {"key": "A", "text": "可以"}, {"key": "B", "text": "有条件可以"},
 *                      {"key": "C", "text": "不可以"}, {"key": "D", "text": "无法判断"} ] }
 *     ]
 *   }
 *
 * POST /api/v1/quiz/answers   (Content-Type: application/json) → QuizService.check(AnswerSheet)
 *   body (AnswerSheet): the spec the paper was fetched with, and the chosen key per question id:
 *   { "count": 10, "seed": 1, "kinds": ["SCENARIO","ISSUER"], "difficulty": "normal", "topic": null,
 *     "answers": { "Q1": "C", "Q2": "A" } }
 *   200 application/json (Result):
 *   { "score": 7, "total": 10, "answered": 9,
 *     "questions": [
 *       { "id": "Q1", "kind": "SCENARIO", "text": "…", "chosen": "C", "answer": "C", "correct": true,
 *         "explanation": "结论：不可以。……依据：《中华人民共和国行政处罚法》（2021年修订）第五十一条；……",
 *         "basis": ["《中华人民共和国消防法》第六十条", "…"],
 *         "options": [ {"key": "A", "text": "可以", "correct": false, "feedback": "错误：……"}, … ] }
 *     ] }
 *   The paper is regenerated from the spec (generation is deterministic), so the server keeps no state.
 *
 * POST /api/v1/quiz/results.xlsx?trainee=NAME with the same AnswerSheet → the result as an Excel workbook.
 *
 * Each trainee gets a paper of their own: the seed sent is derived from the name and the batch number
 * (paperSeed below), so the same name in the same batch always gets the same paper.
 */
(function () {
  'use strict';
  var specForm = document.getElementById('spec');
  var paperForm = document.getElementById('paper');
  var box = document.getElementById('questions');
  var status = document.getElementById('status');
  var scoreEl = document.getElementById('score');
  var current = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  /* FNV-1a over the UTF-16 code units of "batch|name": a stable, well-spread paper number per trainee. */
  function paperSeed(name, batch) {
    var s = String(batch) + '|' + name.trim(), h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h;
  }

  function readSpec() {
    var f = new FormData(specForm);
    var spec = {
      count: parseInt(f.get('count'), 10) || 10,
      seed: paperSeed(String(f.get('trainee') || ''), parseInt(f.get('seed'), 10) || 1),
      kinds: f.get('kinds') ? [f.get('kinds')] : [],
      difficulty: f.get('difficulty') || 'normal',
      topic: (f.get('topic') || '').trim() || null
    };
    return spec;
  }

  function query(spec) {
    var p = new URLSearchParams();
    p.set('count', spec.count);
    p.set('seed', spec.seed);
    if (spec.kinds.length) p.set('kinds', spec.kinds.join(','));
    p.set('difficulty', spec.difficulty);
    if (spec.topic) p.set('topic', spec.topic);
    return p.toString();
  }

  function fail(r) {
    return r.json().then(function (b) { throw new Error(b && (b.detail || b.error) ? (b.detail || b.error) : ('HTTP ' + r.status)); },
      function () { throw new Error('HTTP ' + r.status); });
  }

  specForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var name = document.getElementById('trainee').value.trim();
    if (!name) { status.textContent = '请先填写姓名。'; document.getElementById('trainee').focus(); return; }
    var spec = readSpec();
    status.textContent = '正在出题…';
    scoreEl.textContent = '';
    fetch('/api/v1/quiz?' + query(spec), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : fail(r); })
      .then(function (paper) {
        current = { spec: spec, paper: paper, trainee: name, result: null };
        render(paper);
        status.textContent = '共 ' + paper.questions.length + ' 题。';
        document.getElementById('paperno').textContent = '学员：' + name + '　试卷号：' + spec.seed;
        document.getElementById('exports').hidden = false;
        document.getElementById('export-csv').disabled = true;
        document.getElementById('export-xlsx').disabled = true;
        var first = box.querySelector('input');
        if (first) first.focus();
      })
      .catch(function (e) { status.textContent = '出题失败：' + e.message.replace(/\s*--[a-z]+/g, ''); });
  });

  function render(paper) {
    box.textContent = '';
    paper.questions.forEach(function (q, i) {
      var fs = el('fieldset', { 'class': 'q', id: 'fs-' + q.id });
      var lg = el('legend');
      lg.appendChild(document.createTextNode((i + 1) + '. '));
      lg.appendChild(el('span', { 'class': 'kind' }, '［' + q.kindLabel + '］'));
      fs.appendChild(lg);
      fs.appendChild(el('p', null, q.text));
      q.options.forEach(function (o) {
        var id = q.id + '-' + o.key;
        var lab = el('label', { 'class': 'opt', 'for': id, id: 'lab-' + id });
        var inp = el('input', { type: 'radio', name: q.id, value: o.key, id: id });
        lab.appendChild(inp);
        lab.appendChild(document.createTextNode(' ' + o.key + '. ' + o.text));
        fs.appendChild(lab);
      });
      box.appendChild(fs);
    });
    paperForm.hidden = false;
    document.getElementById('submit').disabled = false;
  }

  paperForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (!current) return;
    var answers = {};
    current.paper.questions.forEach(function (q) {
      var c = paperForm.querySelector('input[name="' + q.id + '"]:checked');
      if (c) answers[q.id] = c.value;
    });
    current.answers = answers;
    var body = Object.assign({}, current.spec, { answers: answers });
    status.textContent = '正在评分…';
    fetch('/api/v1/quiz/answers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    })
      .then(function (r) { return r.ok ? r.json() : fail(r); })
      .then(showResult)
      .catch(function (e) { status.textContent = '评分失败：' + e.message; });
  });

  function showResult(res) {
    current.result = res;
    document.getElementById('export-csv').disabled = false;
    document.getElementById('export-xlsx').disabled = false;
    res.questions.forEach(function (q) {
      var fs = document.getElementById('fs-' + q.id);
      if (!fs) return;
      fs.querySelectorAll('.fb, .expl').forEach(function (n) { n.remove(); });
      q.options.forEach(function (o) {
        var lab = document.getElementById('lab-' + q.id + '-' + o.key);
        if (!lab) return;
        lab.classList.remove('right', 'wrong');
        if (o.correct) lab.classList.add('right');
        else if (q.chosen === o.key) lab.classList.add('wrong');
        if (o.correct || q.chosen === o.key) {
          lab.insertAdjacentElement('afterend', el('div', { 'class': 'fb' }, (o.correct ? '✔ ' : '✘ ') + o.feedback));
        }
      });
      var ex = el('div', { 'class': 'expl' }, (q.correct ? '回答正确。' : (q.chosen ? '回答错误，' : '未作答，') + '正确答案 ' + q.answer + '。') + ' 解析：' + q.explanation);
      fs.appendChild(ex);
    });
    scoreEl.textContent = '得分：' + res.score + ' / ' + res.total + '（已答 ' + res.answered + ' 题）';
    status.textContent = '';
    document.getElementById('submit').disabled = true;
    scoreEl.setAttribute('tabindex', '-1');
    scoreEl.focus();
  }

  /* ---------- exports ---------- */
  var exportStatus = document.getElementById('export-status');
  function save(blob, fileName, id) {
    var a = el('a', { href: URL.createObjectURL(blob), download: fileName, id: id }, '已生成：' + fileName);
    exportStatus.textContent = '';
    exportStatus.appendChild(a);
    a.click();
  }
  function csvCell(v) { v = v == null ? '' : String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }
  var KIND = { SCENARIO: '情景判断', BASIS: '职权依据', TYPE: '职权类型', ISSUER: '规范性文件制定主体' };

  document.getElementById('export-csv').addEventListener('click', function () {
    if (!current || !current.result) return;
    var r = current.result;
    var rows = [['姓名', '试卷号', '得分', '总题数', '已答', '题号', '题型', '作答', '正确答案', '是否正确']];
    r.questions.forEach(function (q, i) {
      rows.push([current.trainee, current.spec.seed, r.score, r.total, r.answered, i + 1, KIND[q.kind] || q.kind,
        q.chosen || '未答', q.answer, q.correct ? '正确' : '错误']);
    });
    // the BOM lets Excel open the UTF-8 file with the Chinese intact
    var text = '\uFEFF' + rows.map(function (row) { return row.map(csvCell).join(','); }).join('\r\n') + '\r\n';
    save(new Blob([text], { type: 'text/csv;charset=utf-8' }), '测验成绩-' + current.trainee + '.csv', 'csv-link');
  });

  document.getElementById('export-xlsx').addEventListener('click', function () {
    if (!current || !current.result) return;
    exportStatus.textContent = '正在生成…';
    var body = Object.assign({}, current.spec, { answers: current.answers || {} });
    fetch('/api/v1/quiz/results.xlsx?trainee=' + encodeURIComponent(current.trainee), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    })
      .then(function (r) { return r.ok ? r.blob() : fail(r); })
      .then(function (b) { save(b, '测验成绩-' + current.trainee + '.xlsx', 'xlsx-link'); })
      .catch(function (e) { exportStatus.textContent = '导出失败：' + e.message; });
  });

  function escHtml(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  document.getElementById('export-paper').addEventListener('click', function () {
    if (!current) return;
    var p = current.paper;
    var h = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>' + escHtml(p.title) + '</title>' +
      '<style>body{font-family:"SimSun","Noto Serif CJK SC",serif;max-width:46em;margin:2em auto;line-height:1.8}' +
      'h1{text-align:center;font-size:1.5em}.meta{text-align:center}.q{margin:1em 0;page-break-inside:avoid}.opt{margin-left:2em}</style></head><body>';
    h += '<h1>' + escHtml(p.title) + '</h1><p class="meta">姓名：' + escHtml(current.trainee) + '　试卷号：' + escHtml(current.spec.seed) +
      '　共 ' + p.questions.length + ' 题　得分：＿＿＿＿</p><p class="meta">' + escHtml(p.catalogue) + '</p>';
    p.questions.forEach(function (q, i) {
      h += '<div class="q"><p>' + (i + 1) + '. ［' + escHtml(q.kindLabel) + '］' + escHtml(q.text) + '（　　）</p>';
      q.options.forEach(function (o) { h += '<p class="opt">' + escHtml(o.key) + '. ' + escHtml(o.text) + '</p>'; });
      h += '</div>';
    });
    h += '</body></html>';
    save(new Blob([h], { type: 'text/html;charset=utf-8' }), '试卷-' + current.trainee + '.html', 'paper-link');
  });
})();
