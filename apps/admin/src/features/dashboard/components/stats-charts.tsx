import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Datum = { label: string; count: number };

/** A bar chart of counts; the table beside it carries the same numbers for every reader. */
type Props = {
  data: Datum[];
  label: string;
  valueLabel: string;
  layout: 'horizontal' | 'vertical';
};

export function CountChart({ data, label, valueLabel, layout }: Props) {
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={layout === 'vertical' ? 240 : 220}>
        {layout === 'vertical' ? (
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 13 }} />
            <Tooltip />
            <Bar name={valueLabel} dataKey="count" fill="#b3261e" isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ left: 0, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar name={valueLabel} dataKey="count" fill="#1d4f91" isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
