// Radar of mean scores (1–5) per criterion for one or several pairs, for interactive pages. Names reach the
// tooltip only as text (chart-text.js); legend and axes draw them on the canvas.
import { mount, redraw, unmount } from './chart-loader.js';

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

export const init = (element, data) => mount(element, option(data));
export const update = (element, data) => redraw(element, option(data));
export const dispose = element => unmount(element);
