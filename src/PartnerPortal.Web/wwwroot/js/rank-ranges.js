// Rank ranges of the top pairs under perturbed weights: a bar from the 5th to the 95th percentile rank per pair,
// best at the top. Names reach the tooltip only as text (chart-text.js).
import { mount, redraw, unmount } from './chart-loader.js';

function option(data) {
    const names = data.map(d => d.name).reverse();
    const rows = [...data].reverse();
    return {
        animation: false,
        grid: { left: 8, right: 24, top: 24, bottom: 32, containLabel: true },
        tooltip: {
            trigger: 'axis', axisPointer: { type: 'shadow' },
            formatter: params => {
                const d = rows[params[0].dataIndex];
                return window.chartText.tooltip([d.name, `Rank ${d.low}–${d.high} in 90% of draws`, `Kept in ${Math.round(d.kept * 100)}% of draws`]);
            },
        },
        xAxis: { type: 'value', name: 'Rank among longlisted pairs (5th–95th percentile)', nameLocation: 'middle', nameGap: 24, minInterval: 1, min: 1 },
        yAxis: { type: 'category', data: names, axisLabel: { width: 220, overflow: 'truncate' } },
        series: [
            { type: 'bar', stack: 'range', silent: true, itemStyle: { color: 'transparent' }, data: rows.map(d => d.low - 1) },
            { type: 'bar', stack: 'range', itemStyle: { color: '#1f4e79', borderRadius: 3 }, data: rows.map(d => Math.max(d.high - d.low, 0.3)) },
        ],
    };
}

export const init = (element, data) => mount(element, option(data));
export const update = (element, data) => redraw(element, option(data));
export const dispose = element => unmount(element);
