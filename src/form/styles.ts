/**
 * The form's own styles, injected once per page by mountReviewForm so an embedding page needs no extra
 * file. Everything is scoped under .blc-form. Colours meet WCAG AA contrast (4.5:1 for text); status is
 * always written out too, never shown by colour alone.
 */
export const FORM_CSS = `
.blc-form{--ink:#1b2430;--muted:#4a5565;--line:#c9d1dc;--soft:#f3f5f8;--accent:#1d4f91;--focus:#0b63ce;
  color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;display:grid;gap:1rem}
.blc-form *,.blc-form *::before,.blc-form *::after{box-sizing:border-box}
.blc-form [hidden]{display:none!important}
.blc-form h2{font-size:1.1rem;margin:0 0 .6rem;color:var(--ink)}
.blc-form h3,.blc-form h4{font-size:.95rem;margin:.8rem 0 .3rem}
.blc-form section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.1rem}
.blc-form label{font-weight:600;display:block;margin-bottom:.2rem}
.blc-form input[type=text],.blc-form input[type=search],.blc-form select,.blc-form textarea{font:inherit;color:inherit;
  border:1px solid #7c8796;border-radius:4px;padding:.35rem .5rem;background:#fff;width:100%}
.blc-form textarea{resize:vertical}
.blc-form input[type=file]{font:inherit;max-width:100%}
.blc-form button,.blc-button-label{font:inherit;font-weight:600;color:var(--accent);background:#fff;border:1px solid var(--accent);
  border-radius:4px;padding:.35rem .8rem;cursor:pointer;display:inline-block;margin:0}
.blc-form button:hover,.blc-button-label:hover{background:#eaf1fb}
.blc-form button.blc-primary{background:var(--accent);color:#fff}
.blc-form button.blc-primary:hover{background:#163d70}
.blc-form button.blc-link{border-color:transparent;text-decoration:underline;padding-left:.2rem;padding-right:.2rem}
.blc-form :focus-visible,.blc-import:focus-within .blc-button-label{outline:3px solid var(--focus);outline-offset:2px}
.blc-form .blc-chunk:focus{outline:3px solid var(--focus);outline-offset:1px}
.blc-form fieldset{border:1px solid var(--line);border-radius:4px;margin:0;padding:.6rem .8rem}
.blc-form legend{font-weight:700;padding:0 .3rem}
.blc-note,.blc-meta{color:var(--muted);font-size:.88rem;margin:.3rem 0}
.blc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.blc-field{margin:.4rem 0}
.blc-input-grid{display:grid;grid-template-columns:1.2fr 1fr;gap:1rem}
.blc-drop{border:2px dashed #8a96a8;border-radius:6px;padding:.8rem 1rem;background:var(--soft)}
.blc-drop.blc-dragging{border-color:var(--accent);background:#eaf1fb}
.blc-drop-hint{margin:0 0 .5rem;font-weight:600}
.blc-paste{margin-top:.6rem}
.blc-paste summary{cursor:pointer;color:var(--accent);font-weight:600}
.blc-paste button{margin-top:.4rem}
.blc-progress{min-height:1.6rem;display:flex;align-items:center;gap:1rem}
.blc-status-text{margin:0;font-weight:600}
.blc-progress-bar{width:14rem}
.blc-results{display:grid;gap:1rem}
.blc-results[hidden]{display:none}
.blc-results-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.8rem;align-items:flex-start}
.blc-doc-name{word-break:break-all}
.blc-exports{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.blc-import{position:relative}
.blc-form .blc-button-label{display:inline-block;margin:0}
.blc-import input[type=file]{position:absolute;inset:0;opacity:0;width:100%;cursor:pointer}
.blc-notices{flex-basis:100%;background:#fff4d6;border:1px solid #d9a400;border-radius:4px;padding:.4rem .8rem}
.blc-notices h3{margin-top:.2rem}
.blc-headline{margin:.2rem 0 .6rem}
.blc-big{font-size:1.6rem;font-weight:700;color:var(--accent);margin-right:.3rem}
.blc-phases{border-collapse:collapse;width:100%;font-size:.9rem}
.blc-phases th,.blc-phases td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:middle}
.blc-phases thead th{color:var(--muted);font-weight:600}
.blc-phases tfoot th,.blc-phases tfoot td{border-bottom:0;border-top:2px solid var(--ink)}
.blc-num{text-align:right!important;font-variant-numeric:tabular-nums;width:5.5rem}
.blc-cov{white-space:nowrap}
.blc-bar{display:inline-block;position:relative;width:9rem;height:.7rem;background:#e3e7ed;border-radius:3px;vertical-align:middle;margin-right:.5rem;overflow:hidden}
.blc-bar-score{position:absolute;left:0;top:0;bottom:0;background:var(--accent)}
.blc-bar-range{position:absolute;top:0;bottom:0;background:#9fb6d6}
.blc-workspace{display:grid;grid-template-columns:minmax(20rem,1fr) minmax(22rem,1.25fr);gap:1rem;align-items:start}
.blc-filters{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.2rem .6rem;align-items:end}
.blc-check{display:flex;align-items:center;gap:.4rem;grid-column:1/-1}
.blc-check label{display:inline;margin:0}
.blc-count{color:var(--muted);margin:.4rem 0}
.blc-list{list-style:none;margin:0;padding:0;border-top:1px solid var(--line)}
.blc-verdict{border-bottom:1px solid var(--line)}
.blc-verdict[hidden]{display:none}
.blc-form button.blc-head{display:grid;grid-template-columns:7.2rem 1fr auto;gap:.6rem;align-items:center;width:100%;text-align:left;
  border:0;border-radius:0;background:none;color:var(--ink);font-weight:400;padding:.5rem .3rem}
.blc-form button.blc-head:hover{background:var(--soft)}
.blc-open>.blc-head{background:#eaf1fb!important}
.blc-badge{display:inline-block;text-align:center;font-size:.8rem;font-weight:700;border-radius:3px;padding:.1rem .4rem;border:1px solid}
.blc-addressed{background:#e6f4ea;color:#1e5b2c;border-color:#7fb48b}
.blc-weak{background:#fff4d6;color:#6b4600;border-color:#d9a400}
.blc-contradicted{background:#fde8e8;color:#8a1c1c;border-color:#d97a7a}
.blc-absent{background:#eceff3;color:#3d4451;border-color:#a3acb9}
.blc-tags{display:flex;gap:.3rem;align-items:center;white-space:nowrap}
.blc-phase{font-size:.78rem;font-weight:700;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3rem}
.blc-flag{font-size:.78rem;font-weight:700;color:#7a3e00;background:#ffe9cc;border-radius:3px;padding:0 .35rem}
.blc-reviewed{font-size:.78rem;font-weight:700;color:#fff;background:#37597f;border-radius:3px;padding:0 .35rem}
.blc-detail{padding:.3rem .6rem .8rem 1rem;border-left:3px solid var(--accent);margin:0 0 .6rem .3rem}
.blc-question{font-style:italic;margin:.3rem 0}
.blc-why{background:#ffe9cc;border-radius:3px;padding:.3rem .5rem}
.blc-decided-note{background:#e9eef5;border-radius:3px;padding:.3rem .5rem}
.blc-evidence{padding-left:1.2rem;margin:.2rem 0}
.blc-evidence li{margin-bottom:.6rem}
.blc-evidence blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);background:var(--soft)}
.blc-near{padding-left:1.1rem}
.blc-excerpt{color:var(--muted)}
.blc-form button.blc-show{font-size:.85rem;padding:.15rem .5rem}
.blc-decision{margin-top:.8rem}
.blc-decision-grid{display:grid;grid-template-columns:1fr 1fr;gap:0 .8rem}
.blc-wide{grid-column:1/-1}
.blc-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.4rem}
.blc-form-message{color:#8a1c1c;font-weight:600;margin:.3rem 0 0}
.blc-form-message:empty{display:none}
.blc-doc{position:sticky;top:.5rem}
.blc-text{max-height:78vh;overflow:auto;border:1px solid var(--line);border-radius:4px;padding:.6rem .9rem;
  font-family:Georgia,"Times New Roman",serif;font-size:.95rem;line-height:1.55;background:#fff}
.blc-chunk{white-space:pre-wrap;overflow-wrap:anywhere;padding:0 .3rem;border-left:3px solid transparent}
.blc-chunk.blc-gap{display:none}
.blc-chunk.blc-current{background:#eef4fc;border-left-color:var(--accent)}
.blc-label{float:right;margin-left:.6rem;font:600 .72rem/1.6 system-ui,sans-serif;color:var(--muted);background:var(--soft);border:1px solid var(--line);border-radius:3px;padding:0 .3rem}
.blc-form mark{color:inherit}
.blc-form mark.blc-quote{background:#fff3b0}
.blc-form mark.blc-match{background:#ffd54a;text-decoration:underline;text-decoration-thickness:2px;font-weight:700}
@media (max-width:60rem){.blc-input-grid,.blc-workspace{grid-template-columns:1fr}.blc-doc{position:static}}
@media (forced-colors:active){.blc-form mark.blc-match{outline:2px solid}}
`;
