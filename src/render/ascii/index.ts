/** Text charts for the terminal. */
export { renderChart, chartLayout, chartCanvas, MIN_WIDTH, MIN_HEIGHT, type ChartSeries, type ChartOptions, type ChartLayout } from './chart.js';
export { columnEdges, exactSamples } from './scales.js';
export { TextCanvas, canvasLines } from './canvas.js';
export { renderSampled } from './sampled.js';
