// Heat map of a round's pairs for the interactive heat map page: the index of every country–technology pair, grey
// until fully scored; a click opens the pair's explanation. The module fetches the round's heatmap.json itself rather
// than taking the cells through the circuit: a 200 × 205 round is half a megabyte, which the endpoint serialises once
// per state of the scores, and the page re-renders now and then without the data changing. Names reach the tooltip
// only as text (chart-text.js); the axes draw them on the canvas.
import { mount, redraw, unmount } from './chart-loader.js';

const sources = new WeakMap();

async function load(source) {
    const response = await fetch(source, { credentials: 'same-origin' });
    if (!response.ok) {
        throw new Error(`${source} answered ${response.status}`);
    }
    return response.json();
}

function option(data) {
    return {
        animation: false,
        grid: { left: 160, right: 24, top: 64, bottom: 170 },
        tooltip: {
            formatter: p => {
                const cell = data.cells[p.dataIndex];
                const state = cell[3] === 1 ? 'hidden until you have scored it'
                    : cell[2] === null ? 'not fully scored yet' : `index ${cell[2]}`;
                return window.chartText.tooltip([`${data.countries[cell[1]].name} – ${data.technologies[cell[0]].name}`, state]);
            },
        },
        xAxis: { type: 'category', data: data.technologies.map(t => t.name), axisLabel: { rotate: 60, interval: 0, fontSize: 10 }, splitArea: { show: true } },
        yAxis: { type: 'category', data: data.countries.map(c => c.name), inverse: true, axisLabel: { interval: 0, fontSize: 11 }, splitArea: { show: true } },
        visualMap: {
            min: 0, max: 100, calculable: true, orient: 'horizontal', right: 24, top: 0, text: ['100', 'index 0'],
            inRange: { color: ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] },
        },
        series: [{
            type: 'heatmap',
            data: data.cells.map(cell => [cell[0], cell[1], cell[2] === null ? '-' : cell[2]]),
            label: { show: data.cells.length <= 1000, fontSize: 9, formatter: p => (p.value[2] === '-' ? '' : String(Math.round(p.value[2]))) },
            emphasis: { itemStyle: { borderColor: '#ffbf47', borderWidth: 2 } },
        }],
    };
}

/** Inside the circuit a click moves on without reloading the page; blazor.web.js is there whenever the page is interactive. */
function open(url) {
    if (window.Blazor && window.Blazor.navigateTo) {
        window.Blazor.navigateTo(url);
    } else {
        window.location.assign(url);
    }
}

export async function init(element, settings) {
    const data = await load(settings.source);
    sources.set(element, settings.source);
    const chart = await mount(element, option(data));
    chart.on('click', p => open(settings.pairBase + encodeURIComponent(data.countries[p.value[1]].code) + '/' + encodeURIComponent(data.technologies[p.value[0]].slug)));
}

/** Another round (the same page, a new address): its data replaces the drawing; the same round needs nothing. */
export async function update(element, settings) {
    if (sources.get(element) === settings.source) {
        return;
    }
    sources.set(element, settings.source);
    redraw(element, option(await load(settings.source)));
}

export const dispose = element => unmount(element);
