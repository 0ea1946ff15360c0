// One small line chart of an indicator over the years, on a country's profile. The data holds years and values only
// (names are in the page's own markup); the tooltip is text all the same (chart-text.js).
import { mount, redraw, unmount } from './chart-loader.js';

function option(data) {
    return {
        animation: false,
        color: ['#1f4e79'],
        grid: { left: 64, right: 16, top: 12, bottom: 28 },
        tooltip: { trigger: 'axis', formatter: p => window.chartText.tooltip([`${p[0].name}: ${p[0].value}`]) },
        xAxis: { type: 'category', data: data.years, axisLabel: { fontSize: 10 } },
        yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 10 } },
        series: [{ type: 'line', data: data.values, showSymbol: data.values.length < 30 }],
    };
}

export const init = (element, data) => mount(element, option(data));
export const update = (element, data) => redraw(element, option(data));
export const dispose = element => unmount(element);
