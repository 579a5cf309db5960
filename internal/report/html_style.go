package report

// style is the briefing's only style sheet, inline: system fonts, a column
// of text no wider than reads well, tables that scroll inside their box on
// a phone and wrap on paper, and page breaks before each tab when printed.
const style = `
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:#1b1f24;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
main{max-width:980px;margin:0 auto;padding:28px 20px 40px}
h1{font-size:2.3em;line-height:1.15;margin:.1em 0 .25em;letter-spacing:-.01em}
h2{font-size:1.45em;line-height:1.25;margin:1.6em 0 .6em;padding-bottom:.25em;border-bottom:2px solid #1f4e99}
h3{font-size:1.1em;line-height:1.3;margin:1.6em 0 .4em}
h4{font-size:.95em;margin:.8em 0 .3em}
a{color:#1f4e99}
.kicker{margin:0;color:#57606a;text-transform:uppercase;letter-spacing:.08em;font-size:.8em;font-weight:600}
.asof{font-size:1.05em;margin:.2em 0 .8em}
.legend,.intro,.small,figcaption,.notes,.method{color:#57606a;font-size:.86em}
nav ol{margin:.3em 0 0;padding-left:1.4em;columns:2 14em}
h2.toc{font-size:1em;border:0;margin:1em 0 0;padding:0}
.notice{border-left:4px solid #1f4e99;background:#f3f6fb;padding:.6em .9em;margin:1.2em 0}
.notice p{margin:.2em 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,205px),1fr));gap:10px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.6em .75em;break-inside:avoid}
.card .label{font-size:.85em;color:#57606a;font-weight:600}
.card .big{font-size:1.55em;font-weight:700;line-height:1.2;margin:.15em 0;font-variant-numeric:tabular-nums}
.card .meta{font-size:.8em;color:#57606a}
.mark{font-weight:700;color:#9a3412}
.cite{color:#57606a;white-space:nowrap}
sup.fn{font-size:.7em;line-height:0}
sup.fn a{text-decoration:none}
.tw{overflow-x:auto;max-width:100%;margin:.4em 0}
table{border-collapse:collapse;width:100%;font-size:.86em;font-variant-numeric:tabular-nums}
th,td{padding:.3em .55em;border-bottom:1px solid #e4e8ec;text-align:left;vertical-align:top}
th{border-bottom:2px solid #8c959f;font-weight:600;background:#f6f8fa}
.r{text-align:right;white-space:nowrap}
.src{white-space:nowrap}
tr{break-inside:avoid}
tr.shown td{font-weight:700;background:#eef3fb}
.empty{color:#57606a;font-style:italic}
figure.chart{margin:.8em 0 1em;break-inside:avoid}
figure.chart>svg{display:block;width:100%;height:auto}
figcaption p{margin:.3em 0}
.keys{list-style:none;margin:.4em 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1.2em;color:#1b1f24}
.keys svg{vertical-align:middle;margin-right:.35em}
.notes{margin:.3em 0 .8em;padding-left:2.2em}
.notes li{margin:.1em 0}
.method ul{margin:.2em 0 .8em;padding-left:1.2em}
.back ul{padding-left:1.2em}
.sources{list-style:none;padding-left:0!important}
.sources li{margin:.25em 0;padding-left:2.6em;text-indent:-2.6em}
.url{overflow-wrap:anywhere;word-break:break-all}
footer{margin-top:2.5em;color:#57606a;font-size:.8em;border-top:1px solid #d0d7de}
@media (max-width:600px){
 body{font-size:14.5px}
 main{padding:18px 14px 30px}
 h1{font-size:1.9em}
 nav ol{columns:1}
}
@media print{
 @page{size:A4;margin:14mm 12mm}
 body{font-size:10pt;font-variant-ligatures:none}
 main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 .tab{break-before:page}
 h2,h3,h4{break-after:avoid}
 .sh{break-inside:avoid}
 .sh::after{content:"";display:block;height:5em;margin-bottom:-5em}
 .back{font-size:8.5pt}
 .tw{overflow:visible}
 table{font-size:8.5pt}
 thead{display:table-header-group}
 td{overflow-wrap:anywhere}
 .r{white-space:normal;overflow-wrap:normal}
 .src,th{overflow-wrap:normal}
 .notice,.card,.notes li,.method li{break-inside:avoid}
 .cards{grid-template-columns:repeat(4,1fr);gap:6px}
 .card{padding:.4em .55em}
 .card .big{font-size:1.3em}
 .legend,.intro,.small,figcaption,.notes,.method{font-size:8pt}
 .notes{margin-bottom:.4em}
 .cover nav{display:none}
 h2{margin-top:.6em}
}
`
