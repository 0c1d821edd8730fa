/** The page's only style and script, inlined: the report opens offline and fetches nothing. */

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export const CSS = `
:root{--fg:#1f2937;--muted:#4b5563;--bg:#f8fafc;--card:#fff;--line:#d1d5db;--accent:#1d4ed8;
--addressed-fg:#14532d;--addressed-bg:#dcfce7;--addressed-bar:#16a34a;
--weak-fg:#713f12;--weak-bg:#fef3c7;--weak-bar:#d97706;
--contradicted-fg:#7f1d1d;--contradicted-bg:#fee2e2;--contradicted-bar:#dc2626;
--absent-fg:#374151;--absent-bg:#e5e7eb;--absent-bar:#9ca3af}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:#0f2a4a;color:#fff;padding:1.2rem 2rem}
header.top h1{margin:0;font-size:1.5rem}
header.top p{margin:.2rem 0 0;color:#dbe4f0}
main{max-width:1100px;margin:0 auto;padding:1rem 2rem 4rem}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
form.filters{position:sticky;top:0;z-index:2;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;margin:1rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;box-shadow:0 2px 6px rgba(0,0,0,.06)}
form.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.6rem;align-items:center}
form.filters legend{float:left;font-weight:600;margin-right:.4rem}
form.filters label{white-space:nowrap}
form.filters input[type=search]{padding:.25rem .4rem;border:1px solid var(--line);border-radius:4px}
form.filters select{padding:.2rem}
#shown{color:var(--muted);margin-left:auto}
button{font:inherit;padding:.2rem .6rem;border:1px solid var(--line);border-radius:4px;background:#f3f4f6;cursor:pointer}
section.document,section.corpus{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.5rem;margin:1.5rem 0}
h2{margin:.2rem 0 .8rem;font-size:1.3rem;word-break:break-all}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h5{margin:.8rem 0 .3rem;font-size:.9rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.phase-score{font-weight:400;color:var(--muted);font-size:.9rem;margin-left:.4rem}
.summary{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:center}
.score-box{text-align:center;min-width:8rem}
.score-box .big{font-size:2rem;font-weight:700}
ul.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0}
ul.counts li{padding:.3rem .7rem;border-radius:6px;background:var(--absent-bg)}
ul.counts .n{font-weight:700;font-size:1.1rem}
ul.counts li.review{background:#e0e7ff;color:#312e81}
.facts-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.2rem 1rem;margin:0;flex:1}
.facts-list dt{font-size:.75rem;color:var(--muted);text-transform:uppercase}
.facts-list dd{margin:0}
.alert{background:#fff7ed;border-left:4px solid #c2410c;padding:.5rem .8rem;color:#7c2d12}
figure{margin:1rem 0}
figcaption{font-size:.85rem;color:var(--muted)}
svg.chart{max-width:720px;height:auto}
.chart-label,.chart-value{font:13px system-ui,sans-serif;fill:var(--fg)}
.s-addressed{color:var(--addressed-fg);background:var(--addressed-bg)}
.s-weak{color:var(--weak-fg);background:var(--weak-bg)}
.s-contradicted{color:var(--contradicted-fg);background:var(--contradicted-bg)}
.s-absent{color:var(--absent-fg);background:var(--absent-bg)}
.key{padding:0 .4rem;border-radius:3px;margin-right:.3rem}
ul.verdicts{list-style:none;padding:0;margin:0}
li.verdict{border-bottom:1px solid #eef0f3}
li.verdict summary{cursor:pointer;padding:.45rem .3rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;list-style-position:inside}
li.verdict summary:hover{background:#f3f4f6}
.badge{display:inline-block;min-width:7.5rem;text-align:center;font-weight:600;padding:.05rem .5rem;border-radius:999px;font-size:.85rem}
.title{font-weight:500}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
code.eid{color:var(--muted)}
.chip{font-size:.75rem;padding:0 .45rem;border:1px solid var(--line);border-radius:999px;color:var(--muted)}
.chip.review{border-color:#4338ca;color:#312e81;background:#e0e7ff}
.chip.decided{border-color:#0f766e;color:#134e4a;background:#ccfbf1}
.conf{margin-left:auto;font-size:.8rem;color:var(--muted)}
.body{padding:.3rem 1rem 1rem 1.6rem}
.question{font-style:italic}
blockquote.context{margin:.3rem 0;padding:.5rem .8rem;background:#f9fafb;border-left:3px solid var(--line);white-space:pre-wrap}
mark{background:#fde68a;color:#1f2937;padding:0 .1rem}
strong.match{text-decoration:underline;text-decoration-thickness:2px}
.facts{font-size:.8rem;color:var(--muted)}
ul.trace{list-style:none;padding:0;font-size:.9rem}
ul.trace li.pass .mark{color:var(--addressed-fg);font-weight:700}
ul.trace li.fail{color:var(--muted)}
.decision{background:#ccfbf1;padding:.4rem .7rem;border-radius:6px;color:#134e4a}
.reasons{color:#312e81}
details.fulltext pre{white-space:pre-wrap;max-height:60vh;overflow:auto;background:#f9fafb;padding:1rem;border:1px solid var(--line)}
.anchor:target+*{background:#fde68a}
.heat-wrap{overflow:auto;max-height:80vh}
table.heat{border-collapse:collapse;font-size:.85rem}
table.heat th,table.heat td{border:1px solid #fff;padding:.15rem .35rem}
table.heat thead th{position:sticky;top:0;background:var(--card)}
table.heat th[scope=row]{text-align:left;font-weight:400;white-space:nowrap;max-width:28rem;overflow:hidden;text-overflow:ellipsis}
table.heat td.cell{text-align:center;font-weight:700;min-width:2rem}
table.heat td.cell a{color:inherit;text-decoration:none;display:block}
table.heat td.review{outline:2px dashed #4338ca;outline-offset:-3px}
.ph{display:inline-block;width:1.3rem;color:var(--muted)}
.num{text-align:center}
footer{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem}
@media print{form.filters{display:none}details{display:block}}
`;

/** Filters over data-* attributes, and opening the <details> a link points into. Plain ES5-style DOM code. */
export const SCRIPT = `
(function(){
  var form=document.getElementById('filters');
  if(form){
    var apply=function(){
      var on={};
      form.querySelectorAll('input[name=status]').forEach(function(c){on[c.value]=c.checked;});
      var phase=form.elements.phase.value, level=form.elements.level.value, review=form.elements.review.checked;
      var q=form.elements.q.value.trim().toLowerCase(), shown=0, total=0;
      document.querySelectorAll('li.verdict').forEach(function(li){
        var d=li.dataset;
        var ok=on[d.status]&&(!phase||d.phase===phase)&&(!level||d.level===level)&&(!review||d.review==='true')&&(!q||d.text.indexOf(q)>=0);
        li.hidden=!ok; total++; if(ok) shown++;
      });
      document.querySelectorAll('section.phase').forEach(function(s){s.hidden=!s.querySelector('li.verdict:not([hidden])');});
      document.getElementById('shown').textContent=shown+' of '+total+' verdicts shown';
    };
    form.addEventListener('input',apply); form.addEventListener('change',apply);
    form.addEventListener('submit',function(e){e.preventDefault();});
    var toggle=function(open){document.querySelectorAll('li.verdict:not([hidden]) details').forEach(function(d){d.open=open;});};
    document.getElementById('expand').addEventListener('click',function(){toggle(true);});
    document.getElementById('collapse').addEventListener('click',function(){toggle(false);});
    apply();
  }
  var openTarget=function(){
    var id=decodeURIComponent(location.hash.slice(1)); if(!id) return;
    var el=document.getElementById(id); if(!el) return;
    for(var p=el;p;p=p.parentElement){ if(p.tagName==='DETAILS') p.open=true; if(p.hidden) p.hidden=false; }
    var inner=el.querySelector&&el.querySelector('details'); if(inner) inner.open=true;
    el.scrollIntoView({block:'center'});
  };
  window.addEventListener('hashchange',openTarget); openTarget();
})();
`;
