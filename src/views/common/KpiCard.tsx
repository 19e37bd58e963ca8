import type { ReactNode } from 'react';

/** One headline figure with its label (and an optional note under it). */
export function KpiCard({ id, label, value, note }: { id: string; label: string; value: string; note?: ReactNode }) {
  return (
    <div className="kpi" data-kpi={id}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {note && <div className="kpi-note">{note}</div>}
    </div>
  );
}
