import type { TPeriodicReport } from "../../core/reports/periodic-report.ts";

/** The periodic report as a standalone printable page (its own CSS; the panel's layout would print badly). */
export function PeriodicReportPage(props: { report: TPeriodicReport; pdfHref: string; backHref: string; printLabel: string; pdfLabel: string; backLabel: string }) {
  const { report } = props;
  return (
    <html lang={report.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{report.title}</title>
        <link rel="stylesheet" href="/reports/static/report.css" />
        <script src="/reports/static/print.js" defer></script>
      </head>
      <body>
        <nav class="toolbar">
          <a href={props.backHref}>{props.backLabel}</a>
          <button type="button" id="print-report">{props.printLabel}</button>
          <a href={props.pdfHref}>{props.pdfLabel}</a>
        </nav>
        <article class="sheet">
          <header class="head">
            <div class="issuer">{report.issuer}</div>
            <div>
              <div class="nation">{report.nation}</div>
              <div class="motto">{report.motto}</div>
              <div class="place-date">{report.placeDate}</div>
            </div>
          </header>
          <h1>{report.title}</h1>
          <p class="subtitle">{report.subtitle}</p>
          {report.sections.map((section) => (
            <section>
              <h2>{section.heading}</h2>
              {section.paragraphs.map((paragraph) => <p class="body">{paragraph}</p>)}
              {section.table ? (
                <table>
                  <thead>
                    <tr>{section.table.columns.map((column) => <th scope="col">{column.label}</th>)}</tr>
                  </thead>
                  <tbody>
                    {section.table.rows.map((row) => (
                      <tr>{row.map((cell, index) => <td class={section.table!.columns[index]!.align === "right" ? "right" : ""}>{cell}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          ))}
          <div class="signature">
            <div></div>
            <div>{report.signature}</div>
          </div>
          <p class="generated">{report.generatedNote}</p>
        </article>
      </body>
    </html>
  );
}
