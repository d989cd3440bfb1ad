import { describe, expect, it } from 'vitest';
import { layoutFiguresChart } from '../../src/lib/figures-chart.ts';

const figures = [
  { label: '妇女微家', value: 2633, unit: '个' },
  { label: '妇联组织', value: 39, unit: '个' },
  { label: '执委', value: 0, unit: '人' },
];

describe('layoutFiguresChart', () => {
  it('prints each value the way readers read it, with thousands separators and the unit', () => {
    expect(layoutFiguresChart(figures).bars.map((bar) => bar.valueText)).toEqual(['2,633个', '39个', '0人']);
  });

  it('gives the largest value the full width and smaller ones a logarithmic share', () => {
    const [largest, middle] = layoutFiguresChart(figures, 360).bars;
    expect(largest?.barWidth).toBe(360);
    expect(middle?.barWidth).toBe(Math.round((Math.log10(40) / Math.log10(2634)) * 360));
    // On a linear scale 39 of 2,633 would be a 5-unit sliver; the log scale keeps it readable.
    expect(middle?.barWidth).toBeGreaterThan(150);
  });

  it('keeps a zero visible as a minimal bar', () => {
    expect(layoutFiguresChart(figures).bars[2]?.barWidth).toBe(4);
  });

  it('keeps larger numbers longer', () => {
    const widths = layoutFiguresChart([
      { label: 'a', value: 10, unit: '' },
      { label: 'b', value: 100, unit: '' },
      { label: 'c', value: 1000, unit: '' },
    ]).bars.map((bar) => bar.barWidth);
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
  });

  it('scales bars to the width it is given', () => {
    const narrow = layoutFiguresChart(figures, 200);
    expect(narrow.width).toBe(200);
    expect(narrow.bars[0]?.barWidth).toBe(200);
  });

  it('stacks rows one under another and sizes the chart to fit them', () => {
    const layout = layoutFiguresChart(figures);
    const rowHeight = layout.bars[1]!.y - layout.bars[0]!.y;
    expect(layout.bars.map((bar) => bar.y)).toEqual([0, rowHeight, 2 * rowHeight]);
    expect(layout.height).toBe(3 * rowHeight);
    expect(layout.bars.map((bar) => bar.label)).toEqual(['妇女微家', '妇联组织', '执委']);
    // The bar sits under the label line and inside its row.
    expect(layout.barTop).toBeGreaterThan(layout.labelBaseline);
    expect(layout.barTop + layout.barHeight).toBeLessThanOrEqual(rowHeight);
  });

  it('keeps one row of height for an empty chart', () => {
    const layout = layoutFiguresChart([]);
    expect(layout.bars).toEqual([]);
    expect(layout.height).toBeGreaterThan(layout.barTop + layout.barHeight - 1);
  });

  it('draws a single figure of 1 at full width', () => {
    expect(layoutFiguresChart([{ label: '示范点', value: 1, unit: '个' }], 360).bars[0]?.barWidth).toBe(360);
  });
});
