export interface FigureInput {
  label: string;
  value: number;
  unit: string;
}

export interface FigureBar {
  label: string;
  /** The value as readers see it: 2,633个. */
  valueText: string;
  /** Bar length as a fraction of the full width, 0–1. */
  fraction: number;
  y: number;
}

export interface FiguresChartLayout {
  bars: FigureBar[];
  width: number;
  height: number;
  rowHeight: number;
  labelWidth: number;
}

const numberFormat = new Intl.NumberFormat('zh-CN');

/**
 * Lays out key figures as horizontal bars. The figures count different things
 * (2,633 homes, 39 federations), so bar length is logarithmic: every bar stays
 * visible and larger numbers still read as larger. The exact value is printed.
 */
export function layoutFiguresChart(figures: readonly FigureInput[], width = 640, rowHeight = 56): FiguresChartLayout {
  const max = Math.max(1, ...figures.map((figure) => figure.value));
  const scale = (value: number) => (value <= 0 ? 0 : Math.log10(value + 1) / Math.log10(max + 1));
  const bars = figures.map((figure, index) => ({
    label: figure.label,
    valueText: `${numberFormat.format(figure.value)}${figure.unit}`,
    fraction: Math.max(0.02, scale(figure.value)),
    y: index * rowHeight,
  }));
  return { bars, width, height: Math.max(rowHeight, figures.length * rowHeight), rowHeight, labelWidth: width * 0.38 };
}
