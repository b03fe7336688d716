import { type ReactNode, useId, useState } from 'react';
import type { MetricDefinition } from '../../api-client/wire-types.ts';
import { type ChartTable, downloadChartCsv } from './chart-table.ts';

export interface ChartCardProps {
  readonly title: string;
  readonly metric: MetricDefinition;
  /** One or two sentences a screen reader hears instead of the picture. */
  readonly summary: string;
  readonly table: ChartTable;
  /** Without the `.csv`. */
  readonly filename: string;
  /** Shown instead of the chart when there is nothing to plot. */
  readonly empty?: string;
  readonly legend?: ReactNode;
  /** The SVG. */
  readonly children: ReactNode;
}

/**
 * A dashboard chart's frame: title, the chart (an image with the summary as its name), a caption
 * with the metric's definition and version, a "Show data" table and "Download CSV" of the same rows.
 */
export function ChartCard({ title, metric, summary, table, filename, empty, legend, children }: ChartCardProps) {
  const [showData, setShowData] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section className="chart-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <figure>
        {empty === undefined ? (
          <div role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
            {children}
          </div>
        ) : (
          <p role="status" className="chart-empty">
            {empty}
          </p>
        )}
        {legend !== undefined && empty === undefined && <div className="chart-legend">{legend}</div>}
        <p className="chart-summary">{summary}</p>
        <figcaption>
          <strong>
            {metric.id}@{metric.version}
          </strong>
          : {metric.definition}
        </figcaption>
      </figure>
      <div className="chart-actions">
        <button type="button" aria-expanded={showData} aria-controls={tableId} onClick={() => setShowData((v) => !v)}>
          {showData ? 'Hide data' : 'Show data'}
        </button>
        <button type="button" onClick={() => downloadChartCsv(`${filename}.csv`, table)}>
          Download CSV
        </button>
      </div>
      <div id={tableId} className="chart-data" hidden={!showData}>
        <table>
          <caption>{title}: the data plotted</caption>
          <thead>
            <tr>
              {table.labels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((value, j) => (
                  <td key={j}>{value ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
