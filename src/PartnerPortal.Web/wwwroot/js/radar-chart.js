// Radar of mean scores (1–5) per criterion for one or several pairs, for interactive pages. Names reach the
// tooltip only as text (chart-text.js); legend and axes draw them on the canvas.
import { loadCharts } from './chart-loader.js';

const charts = new WeakMap();

function option(data) {
    return {
        animation: false,
        color: ['#1f4e79', '#e08214', '#4daf4a', '#984ea3'],
        legend: { bottom: 0, type: 'scroll' },
        tooltip: {
            formatter: p => window.chartText.tooltip([p.name, ...data.criteria.map((criterion, i) => `${criterion}: ${p.value[i]}`)]),
        },
        radar: { indicator: data.criteria.map(name => ({ name, min: 0, max: 5 })), radius: '62%', axisName: { color: '#333' } },
        series: [{ type: 'radar', data: data.series.map(s => ({ name: s.name, value: s.values })), areaStyle: { opacity: 0.15 } }],
    };
}

export async function init(element, data) {
    const echarts = await loadCharts();
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    charts.set(element, { chart, resize });
    chart.setOption(option(data));
    element.dataset.ready = 'true';
}

export function update(element, data) {
    charts.get(element)?.chart.setOption(option(data), true);
}

export function dispose(element) {
    const entry = charts.get(element);
    if (entry) {
        window.removeEventListener('resize', entry.resize);
        entry.chart.dispose();
        charts.delete(element);
    }
}
