export interface FigureInput {
  label: string;
  value: number;
  unit: string;
}

export interface FigureBar {
  label: string;
  /** The value as readers see it: 2,633个. */
  valueText: string;
  /** Bar length in chart units. */
  barWidth: number;
  /** Top of the row; the label sits on the first line, the bar under it. */
  y: number;
}

export interface FiguresChartLayout {
  bars: FigureBar[];
  width: number;
  height: number;
  /** Baseline of the label line within a row. */
  labelBaseline: number;
  /** Top and height of the bar within a row. */
  barTop: number;
  barHeight: number;
}

const numberFormat = new Intl.NumberFormat('zh-CN');

/**
 * Lays out key figures as labelled horizontal bars, sized for a phone: at the
 * chart's natural width of 360 units its text is 18px. The figures count
 * different things (2,633 homes, 39 federations), so bar length is logarithmic:
 * every bar stays visible and larger numbers still read as larger. The exact
 * value is always printed.
 */
export function layoutFiguresChart(figures: readonly FigureInput[], width = 360): FiguresChartLayout {
  const rowHeight = 64;
  const max = Math.max(1, ...figures.map((figure) => figure.value));
  const scale = (value: number) => (value <= 0 ? 0 : Math.log10(value + 1) / Math.log10(max + 1));
  const bars = figures.map((figure, index) => ({
    label: figure.label,
    valueText: `${numberFormat.format(figure.value)}${figure.unit}`,
    barWidth: Math.max(4, Math.round(scale(figure.value) * width)),
    y: index * rowHeight,
  }));
  return {
    bars,
    width,
    height: Math.max(rowHeight, bars.length * rowHeight),
    labelBaseline: 22,
    barTop: 32,
    barHeight: 20,
  };
}
